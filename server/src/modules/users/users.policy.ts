import { isAdminRole, type GrantView } from '../../../../contracts/index.ts';
import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, not, or, type Rule } from '../../platform/access/policy.ts';
import type { UserRow } from './users.repository.ts';

type Subject = {
  actor: Actor;
  user: Pick<UserRow, 'id' | 'status' | 'orgPath' | 'orgKind' | 'orgDepth'>;
  roles: GrantView[];
};

const unitOf = (s: Subject) => ({
  path: s.user.orgPath,
  kind: s.user.orgKind,
  depth: s.user.orgDepth,
});
const reaches =
  (permission: 'user.read' | 'user.write' | 'grant.read' | 'grant.write'): Rule<Subject> =>
  (s) =>
    reachesUnit(s.actor, permission, unitOf(s));
const isSelf: Rule<Subject> = (s) => s.actor.userId === s.user.id;
const isAdminAccount: Rule<Subject> = (s) => s.roles.some((r) => isAdminRole(r.role));
const notArchived: Rule<Subject> = (s) => s.user.status !== 'archived';

export const userPolicy = {
  read: (s: Subject) => reaches('user.read')(s) || reaches('grant.read')(s),
  // No administrator edits another administrator's identity (name, unit): only its holder, or the server's command line.
  update: and(reaches('user.write'), notArchived, or(isSelf, not(isAdminAccount))),
  changeStatus: and(reaches('user.write'), not(isSelf), not(isAdminAccount)),
  resetPassword: and(reaches('user.write'), not(isSelf), not(isAdminAccount), notArchived),
  unlock: and(reaches('user.write'), notArchived),
  resetMfa: and(reaches('user.write'), not(isSelf), not(isAdminAccount), notArchived),
  grant: and(reaches('grant.write'), not(isSelf), notArchived),
};

export const userAbilities = (actor: Actor, user: Subject['user'], roles: GrantView[]) =>
  abilities(userPolicy, { actor, user, roles });
