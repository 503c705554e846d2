import fs from 'node:fs';
import path from 'node:path';

/**
 * The programme default of facility types each designated category requires (data/required-facilities.json),
 * read once. The facility ledger owns it: the gap list and the project acceptance check read it here.
 */
type RequiredFile = { required: Record<string, string[]> };

let cached: Record<string, readonly string[]> | null = null;

export function requiredFacilityTypes(): Record<string, readonly string[]> {
  if (!cached) {
    const file = path.join(
      import.meta.dirname,
      '..',
      '..',
      '..',
      '..',
      'data',
      'required-facilities.json',
    );
    cached = (JSON.parse(fs.readFileSync(file, 'utf8')) as RequiredFile).required;
  }
  return cached;
}

/** Facility types required for any of the categories, in a stable order. */
export function requiredFor(categories: readonly string[]): string[] {
  const all = requiredFacilityTypes();
  return [...new Set(categories.flatMap((c) => all[c] ?? []))].sort();
}
