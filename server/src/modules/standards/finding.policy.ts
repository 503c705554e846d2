import type { Aspect } from '../../../../contracts/index.ts';
import { reachesUnit, scopeOfAny, type Actor, type Scope } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';
import type { PortUnit } from './assessment.policy.ts';
import { aspectsOf } from './working-groups.ts';

type FindingSubject = { actor: Actor; finding: PortUnit & { status: string; aspect: string } };

/** Whoever works on or verifies a rectification reads the findings its grant reaches. */
const READ_PERMISSIONS = ['finding.read', 'finding.write', 'finding.verify'] as const;

const readsFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  READ_PERMISSIONS.some((p) => reachesUnit(actor, p, finding));
const worksFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  reachesUnit(actor, 'finding.write', finding);
const verifiesFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  reachesUnit(actor, 'finding.verify', finding) &&
  aspectsOf(actor, 'finding.verify').has(finding.aspect as Aspect);
const status =
  (...s: string[]): Rule<FindingSubject> =>
  ({ finding }) =>
    s.includes(finding.status);

export const findingPolicy = {
  read: readsFinding,
  plan: and(worksFinding, status('open', 'in_progress', 'rejected')),
  submit: and(worksFinding, status('open', 'in_progress', 'rejected')),
  attach: and(worksFinding, status('open', 'in_progress', 'rejected')),
  verify: and(verifiesFinding, status('submitted')),
  reject: and(verifiesFinding, status('submitted')),
};
export const findingAbilities = (actor: Actor, finding: FindingSubject['finding']) =>
  abilities(findingPolicy, { actor, finding });

/** Where findings may be read: any of the rectification permissions that reach ports. */
export function findingScope(actor: Actor): Scope {
  return scopeOfAny(actor, READ_PERMISSIONS);
}
