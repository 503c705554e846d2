import { ATTACHMENT_ROWS } from './attachments.ts';
import { AUDIT_ROWS } from './audit.ts';
import { AUTH_ROWS } from './auth.ts';
import { CERTIFICATION_EXPIRY_ROWS, FACILITY_ROWS } from './facilities.ts';
import { HOME_ROWS } from './home.ts';
import { IMPORT_ROWS } from './imports.ts';
import { NOTIFICATION_ROWS } from './notifications.ts';
import { ORG_ROWS } from './org.ts';
import { PLATFORM_ROWS } from './platform.ts';
import { PORT_ROWS } from './ports.ts';
import type { Probe } from './probe.ts';
import { PROJECT_ROWS } from './projects.ts';
import { RESTORE_ROWS } from './restores.ts';
import { SECURITY_ROWS } from './security.ts';
import { STANDARDS_ASSESSMENT_ROWS } from './standards-assessments.ts';
import { STANDARDS_CAMPAIGN_ROWS } from './standards-campaigns.ts';
import { STANDARDS_CATALOG_ROWS } from './standards-catalogs.ts';
import { STANDARDS_FINDING_ROWS } from './standards-findings.ts';
import { STANDARDS_REPORT_ROWS } from './standards-reports.ts';
import { USER_ROWS } from './users.ts';
import { WORK_ROWS } from './work.ts';

export * from './callers.ts';
export type { Probe, ProbeRequest } from './probe.ts';
export { liveRouteTable, routeKey, urlMatches } from './route-table.ts';

/** Joins the rows of the modules; a route in two of them would otherwise keep only the later row. */
function assemble(...groups: Record<string, Probe>[]): Record<string, Probe> {
  const matrix: Record<string, Probe> = {};
  for (const group of groups) {
    for (const [key, probe] of Object.entries(group)) {
      if (key in matrix)
        throw new Error(`route ${key} has two entries in the authorization matrix`);
      matrix[key] = probe;
    }
  }
  return matrix;
}

/**
 * The authorization matrix: for every route of the route table, how to build a request from the demo
 * district, and the status each caller must get (see ./callers.ts for who calls).
 */
export const MATRIX: Record<string, Probe> = assemble(
  PLATFORM_ROWS,
  AUTH_ROWS,
  ORG_ROWS,
  USER_ROWS,
  SECURITY_ROWS,
  AUDIT_ROWS,
  HOME_ROWS,
  NOTIFICATION_ROWS,
  PORT_ROWS,
  FACILITY_ROWS,
  PROJECT_ROWS,
  IMPORT_ROWS,
  CERTIFICATION_EXPIRY_ROWS,
  RESTORE_ROWS,
  ATTACHMENT_ROWS,
  STANDARDS_CATALOG_ROWS,
  STANDARDS_CAMPAIGN_ROWS,
  STANDARDS_ASSESSMENT_ROWS,
  STANDARDS_FINDING_ROWS,
  STANDARDS_REPORT_ROWS,
  WORK_ROWS,
);
