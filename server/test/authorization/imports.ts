import {
  FACILITY_IMPORT_COLUMNS,
  PORT_IMPORT_COLUMNS,
  TRAFFIC_IMPORT_COLUMNS,
} from '../../../contracts/index.ts';
import { xlsxUpload } from '../xlsx-upload.ts';
import { TARGET } from './callers.ts';
import { get, only, type Probe } from './probe.ts';

/** Spreadsheet imports of ports, traffic and facilities, and their templates. */
export const IMPORT_ROWS: Record<string, Probe> = {
  // Importing ports creates them: a port officer, who creates none, is refused the template too.
  'GET /api/v1/ports/import/template': {
    request: get('/api/v1/ports/import/template'),
    expect: only({ branch_officer: 200, otherBranch: 200 }),
  },
  'GET /api/v1/traffic/import/template': {
    request: get('/api/v1/traffic/import/template'),
    expect: only({ branch_officer: 200, port_officer: 200, otherBranch: 200 }),
  },
  'GET /api/v1/facilities/import/template': {
    request: get('/api/v1/facilities/import/template'),
    expect: only({ branch_officer: 200, port_officer: 200, otherBranch: 200 }),
  },
  // Writers outside BR-GAOLAN get the import report (422) naming the row they may not write.
  'POST /api/v1/ports/import': {
    request: async () => ({
      url: '/api/v1/ports/import',
      upload: await xlsxUpload(PORT_IMPORT_COLUMNS, [
        [
          'P-SEA-SOUTH',
          TARGET.branch,
          '南港口岸',
          'South Harbour Port',
          'sea',
          'II',
          '440000',
          '440300',
          22.5,
          113.9,
          'planned',
          null,
        ],
      ]),
    }),
    expect: only({ branch_officer: 200, otherBranch: 422 }),
  },
  'POST /api/v1/traffic/import': {
    request: async () => ({
      url: '/api/v1/traffic/import',
      upload: await xlsxUpload(TRAFFIC_IMPORT_COLUMNS, [
        [TARGET.port, 'GRAIN', 2026, 2, 'tonnes', 450000],
      ]),
    }),
    expect: only({ branch_officer: 200, port_officer: 422, otherBranch: 422 }),
  },
  'POST /api/v1/facilities/import': {
    request: async () => ({
      url: '/api/v1/facilities/import',
      upload: await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        [
          TARGET.port,
          'AUTOMATIC_SAMPLER',
          '散粮泊位',
          2,
          null,
          '2026-10-01',
          'in_service',
          null,
          null,
          null,
          null,
          null,
        ],
      ]),
    }),
    expect: only({ branch_officer: 200, port_officer: 422, otherBranch: 422 }),
  },
};
