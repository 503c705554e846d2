import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_TYPES_FILE, REGENERATE, openApiTypes } from '../../../scripts/openapi-types.ts';

/** The first line where two texts part, counted from 1, for a message that says where to look. */
function firstDifference(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index < 0 ? left.length : index) + 1;
}

describe('the web client types', () => {
  it("match the server's OpenAPI document", async () => {
    const expected = await openApiTypes();
    const committed = fs.existsSync(OPENAPI_TYPES_FILE)
      ? fs.readFileSync(OPENAPI_TYPES_FILE, 'utf8')
      : '';
    if (committed !== expected)
      expect.fail(
        `web/src/api/openapi.d.ts differs from the server's routes from line ${firstDifference(committed, expected)}: run ${REGENERATE}`,
      );
  }, 60_000);
});
