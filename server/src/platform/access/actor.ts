import {
  DISTRICT_WIDE_PERMISSIONS,
  grantPermissions,
  type OrgKind,
  type Permission,
  type Role,
  type WorkingGroup,
} from '../../../../contracts/index.ts';

export type ActorGrant = {
  id: string;
  role: Role;
  orgUnitId: string;
  orgPath: string;
  orgKind: OrgKind;
  workingGroup: WorkingGroup | null;
};

/**
 * The signed-in user as every service sees it: who, from where, and what each permission reaches. Its user id,
 * username and address are what an audit row records, so a service hands the actor itself to the audit writer.
 */
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
  return fewestPrefixes(paths);
}

/** The paths without those already covered by a shorter one, so queries carry the fewest prefixes. */
function fewestPrefixes(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(q)));
}

/**
 * What a permission reaches: org-path prefixes, plus the top-level partner and enterprise units when the
 * permission is held at a district root (they sit outside every district's subtree, yet the district runs them).
 */
export type Scope = { prefixes: string[]; externalUnits: boolean };

const EXTERNAL_KINDS = ['partner', 'enterprise'];
export const isExternalTopLevel = (unit: { kind: string; depth: number }) =>
  unit.depth === 0 && EXTERNAL_KINDS.includes(unit.kind);

/** Keyed by the permission, or by `any:` and the sorted permissions joined with ',' (no name holds a comma). */
const scopes = new WeakMap<Actor, Map<string, Scope>>();

function cached(actor: Actor, key: string, compute: () => Scope): Scope {
  let known = scopes.get(actor);
  if (!known) scopes.set(actor, (known = new Map<string, Scope>()));
  const hit = known.get(key);
  if (hit) return hit;
  const scope = compute();
  known.set(key, scope);
  return scope;
}

/** Scopes are asked for per record (policies over a page of rows), so each is worked out once per actor. */
export function scopeOf(actor: Actor, permission: Permission): Scope {
  return cached(actor, permission, () => computeScope(actor, permission));
}

/** Where any of several permissions reaches (a list readable with read or write, say): the union of their scopes. */
export function scopeOfAny(actor: Actor, permissions: readonly Permission[]): Scope {
  const key = `any:${[...new Set(permissions)].sort().join(',')}`;
  return cached(actor, key, () => {
    const each = permissions.map((p) => scopeOf(actor, p));
    return {
      prefixes: fewestPrefixes(each.flatMap((s) => s.prefixes)),
      // Any one of the permissions is enough to see a unit, so the union reaches the external units when one does.
      externalUnits: each.some((s) => s.externalUnits),
    };
  });
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
