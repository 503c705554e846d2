import { only, type Probe } from './probe.ts';
import { READERS, TARGET_READERS, baseline, westAssessment } from './standards-records.ts';

/** The official reports: each answers whoever reads the record it reports on, as that record's own GET does. */
export const STANDARDS_REPORT_ROWS: Record<string, Probe> = {
  'GET /api/v1/assessments/:id/report': {
    request: async (fx) => ({ url: `/api/v1/assessments/${(await westAssessment(fx)).id}/report` }),
    expect: only(TARGET_READERS),
  },
  'GET /api/v1/campaigns/:id/report': {
    request: async (fx) => ({ url: `/api/v1/campaigns/${(await baseline(fx)).id}/report` }),
    expect: only(READERS),
  },
};
