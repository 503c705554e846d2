import { z } from 'zod';

/** Role codes are part of the API: stored in grants, sent to the web, named in docs. */
export const ROLES = [
  'sysadmin',
  'secadmin',
  'auditor',
  'leader',
  'office',
  'wg_member',
  'branch_officer',
  'port_officer',
  'lab_officer',
  'staff',
  'partner',
  'enterprise',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The three administrators (三员): mutually exclusive, and none of them does business work. */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies readonly Role[];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export const isAdminRole = (role: Role): role is AdminRole =>
  (ADMIN_ROLES as readonly Role[]).includes(role);

/** The programme's four working groups, one per aspect. */
export const WORKING_GROUPS = ['SYSTEM', 'FACILITY', 'TECH', 'EDUCATION'] as const;
export const workingGroupSchema = z.enum(WORKING_GROUPS);
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  sysadmin: { zh: '系统管理员', en: 'System administrator' },
  secadmin: { zh: '安全管理员', en: 'Security administrator' },
  auditor: { zh: '安全审计员', en: 'Security auditor' },
  leader: { zh: '领导小组', en: 'Leadership group' },
  office: { zh: '领导小组办公室', en: 'Programme office' },
  wg_member: { zh: '工作组成员', en: 'Working group member' },
  branch_officer: { zh: '隶属海关业务人员', en: 'Branch officer' },
  port_officer: { zh: '口岸业务人员', en: 'Port officer' },
  lab_officer: { zh: '实验室人员', en: 'Laboratory officer' },
  staff: { zh: '一线人员', en: 'Staff' },
  partner: { zh: '合作单位', en: 'Partner agency' },
  enterprise: { zh: '企业用户', en: 'Enterprise' },
};
