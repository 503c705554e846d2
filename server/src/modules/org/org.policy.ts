import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';
import type { OrgRow } from './org.repository.ts';

type Subject = { actor: Actor; unit: Pick<OrgRow, 'path' | 'kind' | 'depth' | 'status'> };

const canRead: Rule<Subject> = ({ actor, unit }) =>
  reachesUnit(actor, 'org.read', unit) || reachesUnit(actor, 'org.write', unit);
const canWrite: Rule<Subject> = ({ actor, unit }) => reachesUnit(actor, 'org.write', unit);
const isActive: Rule<Subject> = ({ unit }) => unit.status === 'active';
const isArchived: Rule<Subject> = ({ unit }) => unit.status === 'archived';

export const orgPolicy = {
  read: canRead,
  update: and(canWrite, isActive),
  move: and(canWrite, isActive),
  archive: and(canWrite, isActive),
  restore: and(canWrite, isArchived),
  addChild: and(canWrite, isActive),
};

export const orgAbilities = (actor: Actor, unit: Subject['unit']) =>
  abilities(orgPolicy, { actor, unit });
