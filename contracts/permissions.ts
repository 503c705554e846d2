import { z } from 'zod';
import type { Role } from './roles.ts';

/**
 * Every permission the product checks, as `resource.action`. One list: the server checks these,
 * the web hides what they refuse, and the authorization matrix test is generated from the routes that use them.
 */
export const PERMISSIONS = [
  'home.read',
  'org.read',
  'org.write',
  'user.read',
  'user.write',
  'grant.read',
  'grant.write',
  'security.read',
  'security.write',
  'audit.read',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

const BUSINESS: Permission[] = ['home.read', 'org.read'];

/** What each role may do; a grant gives these permissions over its org unit's subtree. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sysadmin: ['home.read', 'org.read', 'org.write', 'user.read', 'user.write'],
  secadmin: ['home.read', 'org.read', 'user.read', 'grant.read', 'grant.write', 'security.read', 'security.write'],
  auditor: ['home.read', 'audit.read'],
  leader: BUSINESS,
  office: BUSINESS,
  wg_member: BUSINESS,
  branch_officer: BUSINESS,
  port_officer: BUSINESS,
  lab_officer: BUSINESS,
  staff: BUSINESS,
  partner: ['home.read'],
  enterprise: ['home.read'],
};
