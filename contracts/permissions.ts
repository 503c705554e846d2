import { z } from 'zod';
import type { Role, WorkingGroup } from './roles.ts';

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
  'mail.read',
  'mail.write',
  'port.read',
  'port.write',
  'port.create',
  'designation.decide',
  'facility.read',
  'facility.write',
  'reference.write',
  'project.read',
  'project.write',
  'project.sign',
  'standard.read',
  'standard.write',
  'standard.publish',
  'campaign.read',
  'campaign.manage',
  'assessment.read',
  'assessment.fill',
  'assessment.review',
  'assessment.approve',
  'assessment.reopen',
  'finding.read',
  'finding.write',
  'finding.verify',
] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

const BUSINESS: Permission[] = ['home.read', 'org.read'];
/** Reads across the port register, facility ledger and projects, within the grant's subtree. */
const PORT_READ: Permission[] = ['port.read', 'facility.read', 'project.read'];
/** Officers who keep the register of their branch or port. */
const PORT_KEEPER: Permission[] = [...PORT_READ, 'port.write', 'facility.write', 'project.write'];
/**
 * Decisions on the register that are the district's, not a port's: a new port under a branch, and granting,
 * suspending, withdrawing or reinstating a designated supervision site. The branch (隶属海关) runs its ports,
 * so its officer takes them for the ports of its grant's subtree; a port officer keeps its port's data only.
 */
const PORT_DECIDER: Permission[] = ['port.create', 'designation.decide'];

/** Reads of catalogs, campaigns, assessments and findings, within the grant's subtree. */
const STANDARDS_READ: Permission[] = [
  'standard.read',
  'campaign.read',
  'assessment.read',
  'finding.read',
];
/** Branch and port officers fill their ports' assessments and carry out rectification. */
const STANDARDS_KEEPER: Permission[] = [...STANDARDS_READ, 'assessment.fill', 'finding.write'];

/** What each role may do; a grant gives these permissions over its org unit's subtree. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  sysadmin: [
    'home.read',
    'org.read',
    'org.write',
    'user.read',
    'user.write',
    'mail.read',
    'mail.write',
  ],
  secadmin: [
    'home.read',
    'org.read',
    'user.read',
    'grant.read',
    'grant.write',
    'security.read',
    'security.write',
  ],
  auditor: ['home.read', 'audit.read'],
  leader: [...BUSINESS, ...PORT_READ, ...STANDARDS_READ, 'assessment.reopen'],
  office: [
    ...BUSINESS,
    ...PORT_READ,
    ...STANDARDS_READ,
    'standard.publish',
    'campaign.manage',
    'assessment.approve',
  ],
  // What a working-group member writes and reviews is limited to its group's aspect by the standards policies.
  wg_member: [
    ...BUSINESS,
    ...PORT_READ,
    ...STANDARDS_READ,
    'standard.write',
    'assessment.review',
    'finding.verify',
  ],
  branch_officer: [...BUSINESS, ...PORT_KEEPER, ...PORT_DECIDER, ...STANDARDS_KEEPER],
  port_officer: [...BUSINESS, ...PORT_KEEPER, ...STANDARDS_KEEPER],
  lab_officer: [...BUSINESS, 'port.read', 'facility.read'],
  staff: [...BUSINESS, 'port.read', 'facility.read'],
  partner: ['home.read'],
  enterprise: ['home.read'],
};

/** What a working-group member's grant adds to the role's own permissions, by the group named on the grant. */
export const WORKING_GROUP_PERMISSIONS: Record<WorkingGroup, readonly Permission[]> = {
  SYSTEM: [],
  FACILITY: ['reference.write', 'project.sign'],
  TECH: [],
  EDUCATION: [],
};

/** Every permission one grant gives: its role's, plus its working group's for a working-group member. */
export function grantPermissions(grant: {
  role: Role;
  workingGroup: WorkingGroup | null;
}): readonly Permission[] {
  const own = ROLE_PERMISSIONS[grant.role];
  return grant.role === 'wg_member' && grant.workingGroup
    ? [...own, ...WORKING_GROUP_PERMISSIONS[grant.workingGroup]]
    : own;
}

/**
 * Permissions a role holds across the whole district of its grant, wherever in it the grant sits: the
 * programme office works from a division unit but reads every port, facility and project of the district.
 */
export const DISTRICT_WIDE_PERMISSIONS: Partial<Record<Role, readonly Permission[]>> = {
  office: [
    ...PORT_READ,
    ...STANDARDS_READ,
    'standard.publish',
    'campaign.manage',
    'assessment.approve',
  ],
};
