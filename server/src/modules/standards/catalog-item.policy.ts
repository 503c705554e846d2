import type { Aspect } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { abilities, and, type Rule } from '../../platform/access/policy.ts';
import { aspectsOf } from './working-groups.ts';

type ItemSubject = { actor: Actor; item: { aspect: string; versionStatus: string } };
const ownsAspect: Rule<ItemSubject> = ({ actor, item }) =>
  aspectsOf(actor, 'standard.write').has(item.aspect as Aspect);

export const catalogItemPolicy = {
  update: and(ownsAspect, ({ item }) => item.versionStatus === 'draft'),
  remove: and(ownsAspect, ({ item }) => item.versionStatus === 'draft'),
};
export const catalogItemAbilities = (actor: Actor, item: ItemSubject['item']) =>
  abilities(catalogItemPolicy, { actor, item });
