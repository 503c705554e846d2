import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Obstacle, type Rule } from '../../platform/access/policy.ts';
import { portError } from './ports.errors.ts';

/** A port as its policy sees it: the org unit its scope is checked on, and whether it is archived. */
export type PortSubject = {
  actor: Actor;
  port: { path: string; kind: string; depth: number; archivedAt: number | null };
};

const canRead: Rule<PortSubject> = ({ actor, port }) =>
  reachesUnit(actor, 'port.read', port) || reachesUnit(actor, 'port.write', port);
const canWrite: Rule<PortSubject> = ({ actor, port }) => reachesUnit(actor, 'port.write', port);
// Keeping a port's register data is not deciding its designations: those are the branch's or the district's.
const decidesDesignations: Rule<PortSubject> = ({ actor, port }) =>
  reachesUnit(actor, 'designation.decide', port);
const isLive: Rule<PortSubject> = ({ port }) => port.archivedAt === null;
const isArchived: Rule<PortSubject> = ({ port }) => port.archivedAt !== null;
const readsFacilities: Rule<PortSubject> = ({ actor, port }) =>
  reachesUnit(actor, 'facility.read', port) || reachesUnit(actor, 'facility.write', port);

export const portPolicy = {
  read: canRead,
  update: and(canWrite, isLive),
  changeStatus: and(canWrite, isLive),
  archive: and(canWrite, isLive),
  restore: and(canWrite, isArchived),
  designate: and(decidesDesignations, isLive),
  recordTraffic: and(canWrite, isLive),
  addFacility: and(({ actor, port }) => reachesUnit(actor, 'facility.write', port), isLive),
  readFacilities: readsFacilities,
};

export const portAbilities = (actor: Actor, port: PortSubject['port']) =>
  abilities(portPolicy, { actor, port });

/** What stands in the way of a change to an archived port, and of a record added to one. */
export const portArchived = (port: PortSubject['port']): Obstacle => [
  port.archivedAt !== null,
  () => portError('PORT_ARCHIVED'),
];
