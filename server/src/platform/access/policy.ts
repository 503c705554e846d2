import { forbidden, type AppError } from '../errors/errors.ts';

/**
 * Small combinators for policy files: each entity's policy is a table of named abilities built from
 * these, and the same table is sent to the web so buttons follow the server's answer.
 */
export type Rule<T> = (subject: T) => boolean;

export const and =
  <T>(...rules: Rule<T>[]): Rule<T> =>
  (s) =>
    rules.every((r) => r(s));
export const or =
  <T>(...rules: Rule<T>[]): Rule<T> =>
  (s) =>
    rules.some((r) => r(s));
export const not =
  <T>(rule: Rule<T>): Rule<T> =>
  (s) =>
    !rule(s);

export function abilities<T, K extends string>(
  table: Record<K, Rule<T>>,
  subject: T,
): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(table) as K[]) out[key] = table[key](subject);
  return out;
}

/** A state of the record that stands in the way of an ability, and the error that names it. */
export type Obstacle = readonly [standsInTheWay: boolean, error: () => AppError];

/**
 * Throws for a refused ability: the error of the first obstacle that stands in the way (the record is
 * archived, say), which tells the caller what would have to change; with none, the refusal is the actor's, 403.
 */
export function ensureAllowed(allowed: boolean, ...obstacles: readonly Obstacle[]): void {
  if (allowed) return;
  const found = obstacles.find(([standsInTheWay]) => standsInTheWay);
  throw found ? found[1]() : forbidden();
}
