import {
  ASPECT_WORKING_GROUP,
  ASPECTS,
  grantPermissions,
  type Aspect,
  type Permission,
} from '../../../../contracts/index.ts';
import { hasPermission, reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';

/**
 * Aspects a permission lets the actor act on: a working-group member only its group's aspect (the
 * working group on the grant), anyone else holding the permission every aspect.
 */
export function aspectsOf(actor: Actor, permission: Permission): Set<Aspect> {
  const out = new Set<Aspect>();
  for (const g of actor.grants) {
    if (!grantPermissions(g).includes(permission)) continue;
    if (g.role !== 'wg_member') ASPECTS.forEach((a) => out.add(a));
    else for (const a of ASPECTS) if (ASPECT_WORKING_GROUP[a] === g.workingGroup) out.add(a);
  }
  return out;
}

type VersionSubject = { actor: Actor; version: { status: string } };
const isDraft: Rule<VersionSubject> = ({ version }) => version.status === 'draft';
const writes: Rule<VersionSubject> = ({ actor }) => hasPermission(actor, 'standard.write');
const publishes: Rule<VersionSubject> = ({ actor }) => hasPermission(actor, 'standard.publish');

export const catalogVersionPolicy = {
  addItem: and(writes, isDraft),
  publish: and(publishes, isDraft),
  // The office opens a revision round; the working groups then edit their aspects' items in the draft.
  newVersion: publishes,
};
export const catalogVersionAbilities = (actor: Actor, version: VersionSubject['version']) =>
  abilities(catalogVersionPolicy, { actor, version });

type ItemSubject = { actor: Actor; item: { aspect: string; versionStatus: string } };
const ownsAspect: Rule<ItemSubject> = ({ actor, item }) =>
  aspectsOf(actor, 'standard.write').has(item.aspect as Aspect);
export const catalogItemPolicy = {
  update: and(ownsAspect, ({ item }) => item.versionStatus === 'draft'),
  remove: and(ownsAspect, ({ item }) => item.versionStatus === 'draft'),
};
export const catalogItemAbilities = (actor: Actor, item: ItemSubject['item']) =>
  abilities(catalogItemPolicy, { actor, item });

/** A port's org unit, which assessment and finding scope is checked on. */
export type PortUnit = { path: string; kind: string; depth: number };

type AssessmentSubject = {
  actor: Actor;
  assessment: PortUnit & { status: string; reopenRequestedAt: number | null };
};
const readsAssessment: Rule<AssessmentSubject> = ({ actor, assessment }) =>
  (
    [
      'assessment.read',
      'assessment.fill',
      'assessment.review',
      'assessment.approve',
      'assessment.reopen',
    ] as const
  ).some((p) => reachesUnit(actor, p, assessment));
const fills: Rule<AssessmentSubject> = ({ actor, assessment }) =>
  reachesUnit(actor, 'assessment.fill', assessment);
const status =
  (...s: string[]): Rule<AssessmentSubject> =>
  ({ assessment }) =>
    s.includes(assessment.status);

export const assessmentPolicy = {
  read: readsAssessment,
  fill: and(fills, status('draft')),
  submit: and(fills, status('draft')),
  review: and(
    ({ actor, assessment }) =>
      reachesUnit(actor, 'assessment.review', assessment) &&
      aspectsOf(actor, 'assessment.review').size > 0,
    status('submitted'),
  ),
  approve: and(
    ({ actor, assessment }) => reachesUnit(actor, 'assessment.approve', assessment),
    status('reviewed'),
  ),
  // The officers who fill the assessment in ask for it back; the leadership group decides.
  requestReopen: and<AssessmentSubject>(
    fills,
    status('approved'),
    ({ assessment }) => assessment.reopenRequestedAt === null,
  ),
  decideReopen: and<AssessmentSubject>(
    ({ actor, assessment }) => reachesUnit(actor, 'assessment.reopen', assessment),
    ({ assessment }) => assessment.reopenRequestedAt !== null,
  ),
};
export const assessmentAbilities = (actor: Actor, assessment: AssessmentSubject['assessment']) =>
  abilities(assessmentPolicy, { actor, assessment });

type FindingSubject = { actor: Actor; finding: PortUnit & { status: string; aspect: string } };
const readsFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  (['finding.read', 'finding.write', 'finding.verify'] as const).some((p) =>
    reachesUnit(actor, p, finding),
  );
const worksFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  reachesUnit(actor, 'finding.write', finding);
const verifiesFinding: Rule<FindingSubject> = ({ actor, finding }) =>
  reachesUnit(actor, 'finding.verify', finding) &&
  aspectsOf(actor, 'finding.verify').has(finding.aspect as Aspect);
const findingStatus =
  (...s: string[]): Rule<FindingSubject> =>
  ({ finding }) =>
    s.includes(finding.status);

export const findingPolicy = {
  read: readsFinding,
  plan: and(worksFinding, findingStatus('open', 'in_progress', 'rejected')),
  submit: and(worksFinding, findingStatus('open', 'in_progress', 'rejected')),
  attach: and(worksFinding, findingStatus('open', 'in_progress', 'rejected')),
  verify: and(verifiesFinding, findingStatus('submitted')),
  reject: and(verifiesFinding, findingStatus('submitted')),
};
export const findingAbilities = (actor: Actor, finding: FindingSubject['finding']) =>
  abilities(findingPolicy, { actor, finding });
