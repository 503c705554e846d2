import { ROLES, isAdminRole, type Role } from '@contracts';

/** Roles a system administrator may give a new account; administrator roles are the security administrator's to grant. */
export const BUSINESS_ROLES: Role[] = ROLES.filter((role) => !isAdminRole(role));
