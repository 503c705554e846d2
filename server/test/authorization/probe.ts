import type { Upload } from '../xlsx-upload.ts';
import { ACTORS, type ActorKey, type Caller, type Fixtures } from './callers.ts';

/** A JSON body, or a file upload (multipart) for the import routes. */
export type ProbeRequest = { url: string; body?: Record<string, unknown>; upload?: Upload };

/** What the matrix holds for one route: how to build its request, and each caller's status. */
export type Probe = {
  /** Runs once on the probe's app, after every caller has signed in. */
  prepare?: (fx: Fixtures) => Promise<void>;
  request: (fx: Fixtures, caller: Caller) => Promise<ProbeRequest>;
  expect: Record<ActorKey, number>;
};

export type Statuses = Partial<Record<ActorKey, number>>;

const fill = (status: number, overrides: Statuses): Record<ActorKey, number> =>
  ({ ...Object.fromEntries(ACTORS.map((a) => [a, status])), ...overrides }) as Record<
    ActorKey,
    number
  >;

/** Public: every caller gets the same answer. */
export const everyone = (status: number) => fill(status, {});
/** Any signed-in caller gets `status`; anonymous 401. */
export const signedIn = (status: number, overrides: Statuses = {}) =>
  fill(status, { anonymous: 401, ...overrides });
/** Refused (403) to every signed-in caller but those named; anonymous 401. */
export const only = (allowed: Statuses) => fill(403, { anonymous: 401, ...allowed });

/** The request of a probe that reads a fixed URL. */
export const get = (url: string) => async (): Promise<ProbeRequest> => ({ url });

/** Holders of port.read (and facility.read) with a scope: the office reads district-wide. */
export const PORT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 200,
  lab_officer: 200,
  staff: 200,
  otherBranch: 200,
};
/** Reading a BR-GAOLAN port (GL-GRAIN): the district-wide readers and its branch; the rest answer 404. */
export const TARGET_PORT_READERS: Statuses = {
  leader: 200,
  office: 200,
  wg_member: 200,
  branch_officer: 200,
  port_officer: 404,
  lab_officer: 404,
  staff: 404,
  otherBranch: 404,
};
/** Writing at GL-GRAIN: its branch officer; holders of port.write who cannot see it answer 404. */
export const TARGET_PORT_WRITERS = (status: number): Statuses => ({
  branch_officer: status,
  port_officer: 404,
  otherBranch: 404,
});
/**
 * Deciding at GL-GRAIN (a new port of BR-GAOLAN, granting or changing a designation): its branch officer;
 * a port officer keeps its own port's data but decides nothing (403), and another branch's officer cannot see it (404).
 */
export const TARGET_PORT_DECIDERS = (status: number): Statuses => ({
  branch_officer: status,
  otherBranch: 404,
});
