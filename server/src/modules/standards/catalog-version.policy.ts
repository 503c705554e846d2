import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';

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
