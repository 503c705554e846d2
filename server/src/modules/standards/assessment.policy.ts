import { reachesUnit, scopeOfAny, type Actor, type Scope } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';
import { aspectsOf } from './working-groups.ts';

/** A port's org unit, which assessment and finding scope is checked on. */
export type PortUnit = { path: string; kind: string; depth: number };

type AssessmentSubject = {
  actor: Actor;
  assessment: PortUnit & { status: string; reopenRequestedAt: number | null };
};

/** Every step of an assessment's life reads the assessments its grant reaches. */
const READ_PERMISSIONS = [
  'assessment.read',
  'assessment.fill',
  'assessment.review',
  'assessment.approve',
  'assessment.reopen',
] as const;

const readsAssessment: Rule<AssessmentSubject> = ({ actor, assessment }) =>
  READ_PERMISSIONS.some((p) => reachesUnit(actor, p, assessment));
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

/** Where assessments may be read: any of the standards permissions that reach ports. */
export function assessmentScope(actor: Actor): Scope {
  return scopeOfAny(actor, READ_PERMISSIONS);
}
