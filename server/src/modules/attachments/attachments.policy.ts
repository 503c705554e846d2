import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';
import { facilityPolicy, type FacilitySubject } from '../facilities/facilities.policy.ts';

/** Attachments follow their facility's scope: read with facility.read, attach and archive with facility.write. */
export type AttachmentSubject = FacilitySubject & { attachment: { archivedAt: number | null } };

const writesFacility: Rule<FacilitySubject> = ({ actor, facility }) =>
  reachesUnit(actor, 'facility.write', facility);
const facilityIsLive: Rule<FacilitySubject> = ({ facility }) => facility.archivedAt === null;
const isLive: Rule<AttachmentSubject> = ({ attachment }) => attachment.archivedAt === null;

export const attachmentPolicy = {
  read: (s: AttachmentSubject) => facilityPolicy.read(s),
  archive: and<AttachmentSubject>(writesFacility, isLive),
};

/** Attaching needs write access to a facility that is not archived. */
const attach = and(writesFacility, facilityIsLive);
export const canAttach = (actor: Actor, facility: FacilitySubject['facility']) =>
  attach({ actor, facility });

export const attachmentAbilities = (
  actor: Actor,
  facility: FacilitySubject['facility'],
  attachment: AttachmentSubject['attachment'],
) => abilities(attachmentPolicy, { actor, facility, attachment });
