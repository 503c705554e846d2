import {
  DISTRICT_WIDE_PERMISSIONS,
  grantPermissions,
  type Permission,
  type Role,
  type WorkingGroup,
} from '../../../../contracts/index.ts';

export type ActorGrant = {
  id: string;
  role: Role;
  orgUnitId: string;
  orgPath: string;
  orgKind: string;
  workingGroup: WorkingGroup | null;
};

/** The signed-in user as every service sees it: who, from where, and what each permission reaches. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  orgUnitId: string;
  grants: ActorGrant[];
  address: string | null;
  sessionId: string;
};

export function permissionsOf(grants: readonly ActorGrant[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const g of grants) for (const p of grantPermissions(g)) out.add(p);
  return out;
}

/** The path a grant's permission reaches from: its unit, or its district's root for a district-wide permission. */
function reachOf(grant: ActorGrant, permission: Permission): string {
  if (!DISTRICT_WIDE_PERMISSIONS[grant.role]?.includes(permission)) return grant.orgPath;
  const root = grant.orgPath.split('/').find(Boolean);
  return root ? `/${root}/` : grant.orgPath;
}

/** Org paths a permission reaches (a grant reaches its unit's subtree); empty when the actor lacks it. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants
    .filter((g) => grantPermissions(g).includes(permission))
    .map((g) => reachOf(g, permission));
  // Drop paths already covered by a shorter one, so queries carry the fewest prefixes.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

/**
 * What a permission reaches: org-path prefixes, plus the top-level partner and enterprise units when the
 * permission is held at a district root (they sit outside every district's subtree, yet the district runs them).
 */
export type Scope = { prefixes: string[]; externalUnits: boolean };

const EXTERNAL_KINDS = ['partner', 'enterprise'];
export const isExternalTopLevel = (unit: { kind: string; depth: number }) =>
  unit.depth === 0 && EXTERNAL_KINDS.includes(unit.kind);

const scopes = new WeakMap<Actor, Map<Permission, Scope>>();

/** Scopes are asked for per record (policies over a page of rows), so each is worked out once per actor. */
export function scopeOf(actor: Actor, permission: Permission): Scope {
  let known = scopes.get(actor);
  if (!known) scopes.set(actor, (known = new Map()));
  const hit = known.get(permission);
  if (hit) return hit;
  const scope = computeScope(actor, permission);
  known.set(permission, scope);
  return scope;
}

function computeScope(actor: Actor, permission: Permission): Scope {
  const externalUnits = actor.grants.some(
    (g) =>
      g.orgKind === 'district' &&
      g.orgPath.split('/').filter(Boolean).length === 1 &&
      grantPermissions(g).includes(permission),
  );
  return { prefixes: scopePaths(actor, permission), externalUnits };
}

/** Whether the permission reaches this unit. */
export function reachesUnit(
  actor: Actor,
  permission: Permission,
  unit: { path: string; kind: string; depth: number },
): boolean {
  const scope = scopeOf(actor, permission);
  return (
    scope.prefixes.some((p) => unit.path.startsWith(p)) ||
    (scope.externalUnits && isExternalTopLevel(unit))
  );
}

export const hasPermission = (actor: Actor, permission: Permission): boolean =>
  scopePaths(actor, permission).length > 0;

export const holdsRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.grants.some((g) => roles.includes(g.role));
