import {
  ASPECT_WORKING_GROUP,
  ASPECTS,
  grantPermissions,
  type Aspect,
  type Permission,
  type WorkingGroup,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';

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

/** Working groups whose review the actor can give, as its working-group grants name them. */
export function reviewGroupsOf(actor: Actor): Set<WorkingGroup> {
  return new Set(
    actor.grants
      .filter((g) => g.role === 'wg_member' && g.workingGroup !== null)
      .map((g) => g.workingGroup as WorkingGroup),
  );
}
