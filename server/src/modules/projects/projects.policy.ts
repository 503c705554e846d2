import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';

/** A project as its policy sees it: its port's org unit (scope) and whether it is archived. */
export type ProjectSubject = {
  actor: Actor;
  project: { path: string; kind: string; depth: number; archivedAt: number | null };
};

const canRead: Rule<ProjectSubject> = ({ actor, project }) =>
  reachesUnit(actor, 'project.read', project) ||
  reachesUnit(actor, 'project.write', project) ||
  reachesUnit(actor, 'project.sign', project);
const canWrite: Rule<ProjectSubject> = ({ actor, project }) =>
  reachesUnit(actor, 'project.write', project);
const canSign: Rule<ProjectSubject> = ({ actor, project }) =>
  reachesUnit(actor, 'project.sign', project);
const isLive: Rule<ProjectSubject> = ({ project }) => project.archivedAt === null;
const isArchived: Rule<ProjectSubject> = ({ project }) => project.archivedAt !== null;

export const projectPolicy = {
  read: canRead,
  editGates: and(canWrite, isLive),
  sign: and(canSign, isLive),
  archive: and(canWrite, isLive),
  restore: and(canWrite, isArchived),
};

export const projectAbilities = (actor: Actor, project: ProjectSubject['project']) =>
  abilities(projectPolicy, { actor, project });
