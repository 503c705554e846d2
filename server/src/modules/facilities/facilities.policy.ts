import { hasPermission, reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';

/** A facility as its policy sees it: the org unit of its port (scope) and whether it is archived. */
export type FacilitySubject = {
  actor: Actor;
  facility: { path: string; kind: string; depth: number; archivedAt: number | null };
};

const canRead: Rule<FacilitySubject> = ({ actor, facility }) =>
  reachesUnit(actor, 'facility.read', facility) || reachesUnit(actor, 'facility.write', facility);
const canWrite: Rule<FacilitySubject> = ({ actor, facility }) =>
  reachesUnit(actor, 'facility.write', facility);
const isLive: Rule<FacilitySubject> = ({ facility }) => facility.archivedAt === null;
const isArchived: Rule<FacilitySubject> = ({ facility }) => facility.archivedAt !== null;

export const facilityPolicy = {
  read: canRead,
  update: and(canWrite, isLive),
  archive: and(canWrite, isLive),
  restore: and(canWrite, isArchived),
  certify: and(canWrite, isLive),
};

export const facilityAbilities = (actor: Actor, facility: FacilitySubject['facility']) =>
  abilities(facilityPolicy, { actor, facility });

/** The reference catalogs are kept by the FACILITY working group. */
export const referencePolicy = { write: (actor: Actor) => hasPermission(actor, 'reference.write') };
