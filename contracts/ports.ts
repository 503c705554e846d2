// The port register's contracts: a port's modes, class, status, capacity and place, and the two
// vocabularies the rest of the register shares (designation categories and traffic units). A
// category's designations and a port's traffic have files of their own (designations.ts, traffic.ts)
// that import from this one, so this file imports neither.
import { z } from 'zod';
import {
  abilitiesSchema,
  dateSchema,
  idSchema,
  paginationQuerySchema,
  versionSchema,
  archivedFilterSchema,
} from './common.ts';

type Label = { zh: string; en: string };

/** Port modes (DOMAIN.md §3); a port has one or several. */
export const PORT_MODES = [
  'sea',
  'river',
  'air',
  'rail',
  'road',
  'mail',
  'express',
  'ecommerce',
  'passenger',
] as const;
export const portModeSchema = z.enum(PORT_MODES);
export type PortMode = z.infer<typeof portModeSchema>;
export const PORT_MODE_LABELS: Record<PortMode, Label> = {
  sea: { zh: '海运', en: 'Sea' },
  river: { zh: '内河', en: 'River' },
  air: { zh: '航空', en: 'Air' },
  rail: { zh: '铁路', en: 'Rail' },
  road: { zh: '公路', en: 'Road' },
  mail: { zh: '国际邮件', en: 'International mail' },
  express: { zh: '快件', en: 'Express consignments' },
  ecommerce: { zh: '跨境电商', en: 'Cross-border e-commerce' },
  passenger: { zh: '旅客通关', en: 'Passenger clearance' },
};

/**
 * The kind of place a register entry is, as 《海关监管作业场所（场地）设置规范》 divides them: a supervision
 * workplace (监管作业场所) by the transport it serves, a centralised operation site (集中作业场地), or a
 * designated supervision site (指定监管场地) for high-risk goods under GACC announcement 2019 No. 212, whose
 * categories are its designations. Catalog items apply by kind; only designated sites (and isolation
 * stations, which 212 lists as a category) take designations and appear on the public list.
 */
export const PLACE_KINDS = ['designated_site', 'workplace', 'centralised_site'] as const;
export const placeKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKindSchema>;
export const PLACE_KIND_LABELS: Record<PlaceKind, Label> = {
  designated_site: { zh: '指定监管场地', en: 'Designated supervision site' },
  workplace: { zh: '监管作业场所', en: 'Supervision workplace' },
  centralised_site: { zh: '集中作业场地', en: 'Centralised operation site' },
};

/** The types of workplace and centralised site; a designated site has none (its categories say what it is). */
export const PLACE_TYPES = [
  'water',
  'road',
  'air',
  'rail',
  'express',
  'ecommerce',
  'passenger',
  'mail',
  'isolation',
] as const;
export const placeTypeSchema = z.enum(PLACE_TYPES);
export type PlaceType = z.infer<typeof placeTypeSchema>;
export const PLACE_TYPE_LABELS: Record<PlaceType, Label> = {
  water: { zh: '水路运输类', en: 'Water transport' },
  road: { zh: '公路运输类', en: 'Road transport' },
  air: { zh: '航空运输类', en: 'Air transport' },
  rail: { zh: '铁路运输类', en: 'Rail transport' },
  express: { zh: '快递类', en: 'Express' },
  ecommerce: { zh: '跨境电子商务类', en: 'Cross-border e-commerce' },
  passenger: { zh: '旅客通关作业场地', en: 'Passenger clearance' },
  mail: { zh: '邮检作业场地', en: 'Mail inspection' },
  isolation: { zh: '进境动物隔离检疫场', en: 'Animal isolation station' },
};
/** A place's kind, with its type when it has one, in one language: 集中作业场地·邮检作业场地. */
export const placeLabel = (
  p: { placeKind: PlaceKind; placeType: PlaceType | null },
  lang: 'zh' | 'en',
): string =>
  p.placeType === null
    ? PLACE_KIND_LABELS[p.placeKind][lang]
    : `${PLACE_KIND_LABELS[p.placeKind][lang]}${lang === 'en' ? ' – ' : '·'}${PLACE_TYPE_LABELS[p.placeType][lang]}`;
/** Which types each kind has. */
export const PLACE_TYPES_BY_KIND: Record<PlaceKind, readonly PlaceType[]> = {
  designated_site: [],
  workplace: ['water', 'road', 'air', 'rail', 'express', 'ecommerce'],
  centralised_site: ['passenger', 'mail', 'isolation'],
};
/** Whether a place takes designations: designated sites, and isolation stations (212 lists them as a category). */
export const takesDesignations = (p: { placeKind: PlaceKind; placeType: PlaceType | null }) =>
  p.placeKind === 'designated_site' || p.placeType === 'isolation';

/**
 * The kind and type a place's modes point to, where nobody said: mail and passenger clearance first (a mail
 * exchange or a passenger hall is never a workplace), then express and e-commerce, then transport.
 */
export function placeFromModes(modes: readonly PortMode[]): {
  placeKind: PlaceKind;
  placeType: PlaceType;
} {
  const has = (m: PortMode) => modes.includes(m);
  if (has('mail')) return { placeKind: 'centralised_site', placeType: 'mail' };
  if (has('passenger')) return { placeKind: 'centralised_site', placeType: 'passenger' };
  for (const type of ['express', 'ecommerce', 'rail', 'road', 'air'] as const)
    if (has(type)) return { placeKind: 'workplace', placeType: type };
  return { placeKind: 'workplace', placeType: 'water' };
}

/** 一类口岸 (opened by the State Council) and 二类口岸 (by the province). */
export const PORT_CLASSES = ['I', 'II'] as const;
export const portClassSchema = z.enum(PORT_CLASSES);
export type PortClass = z.infer<typeof portClassSchema>;
export const PORT_CLASS_LABELS: Record<PortClass, Label> = {
  I: { zh: '一类口岸', en: 'Class I' },
  II: { zh: '二类口岸', en: 'Class II' },
};

export const PORT_STATUSES = ['planned', 'open', 'suspended', 'closed'] as const;
export const portStatusSchema = z.enum(PORT_STATUSES);
export type PortStatus = z.infer<typeof portStatusSchema>;
export const PORT_STATUS_LABELS: Record<PortStatus, Label> = {
  planned: { zh: '规划中', en: 'Planned' },
  open: { zh: '开放', en: 'Open' },
  suspended: { zh: '暂停', en: 'Suspended' },
  closed: { zh: '关闭', en: 'Closed' },
};

/** Units of a port's design capacity, one per mode. */
export const DESIGN_CAPACITY_UNITS = [
  'teu_per_year',
  'tonnes_per_year',
  'passengers_per_year',
  'mail_items_per_year',
  'vehicles_per_year',
  'parcels_per_year',
  'trains_per_year',
] as const;
export const designCapacityUnitSchema = z.enum(DESIGN_CAPACITY_UNITS);
export type DesignCapacityUnit = z.infer<typeof designCapacityUnitSchema>;
export const DESIGN_CAPACITY_UNIT_LABELS: Record<DesignCapacityUnit, Label> = {
  teu_per_year: { zh: '标箱/年', en: 'TEU/year' },
  tonnes_per_year: { zh: '吨/年', en: 'tonnes/year' },
  passengers_per_year: { zh: '人次/年', en: 'passengers/year' },
  mail_items_per_year: { zh: '件（邮件）/年', en: 'mail items/year' },
  vehicles_per_year: { zh: '辆次/年', en: 'vehicles/year' },
  parcels_per_year: { zh: '票（快件/包裹）/年', en: 'parcels/year' },
  trains_per_year: { zh: '列/年', en: 'trains/year' },
};

/** China's bounding box: coordinates outside it are refused, naming the field. */
export const CHINA_BOUNDS = { latMin: 3.5, latMax: 53.6, lonMin: 73.4, lonMax: 135.1 } as const;
export const latitudeSchema = z.number().min(CHINA_BOUNDS.latMin).max(CHINA_BOUNDS.latMax);
export const longitudeSchema = z.number().min(CHINA_BOUNDS.lonMin).max(CHINA_BOUNDS.lonMax);

/** GB/T 2260 six-digit codes: a province ends in 0000, a prefecture-level city in 00. */
export const provinceCodeSchema = z.string().regex(/^\d{2}0000$/, { message: 'province_code' });
export const cityCodeSchema = z.string().regex(/^\d{4}00$/, { message: 'city_code' });

/** Designated supervision site categories (指定监管场地, DOMAIN.md §3); the nine are seeded, users may add more. */
export const DESIGNATION_CATEGORIES = [
  'MEAT',
  'CHILLED_AQUATIC',
  'GRAIN',
  'FRUIT',
  'LIVE_AQUATIC',
  'PLANT_PROPAGATION',
  'LOGS',
  'ANIMAL_ISOLATION',
  'OTHER_HIGH_RISK',
] as const;
export type BuiltInCategory = (typeof DESIGNATION_CATEGORIES)[number];
export const categoryCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'code' });

/** Units traffic is counted in. */
export const TRAFFIC_UNITS = [
  'lots',
  'tonnes',
  'm3',
  'teu',
  'head',
  'passengers',
  'mail_items',
] as const;
export const trafficUnitSchema = z.enum(TRAFFIC_UNITS);
export type TrafficUnit = z.infer<typeof trafficUnitSchema>;
export const TRAFFIC_UNIT_LABELS: Record<TrafficUnit, Label> = {
  lots: { zh: '批', en: 'lots' },
  tonnes: { zh: '吨', en: 'tonnes' },
  m3: { zh: '立方米', en: 'm³' },
  teu: { zh: '标箱', en: 'TEU' },
  head: { zh: '头/只', en: 'head' },
  passengers: { zh: '人次', en: 'passengers' },
  mail_items: { zh: '件（邮件）', en: 'mail items' },
};

/** The units that fit each built-in category; an added category names its own when it is created. */
export const CATEGORY_TRAFFIC_UNITS: Record<BuiltInCategory, readonly TrafficUnit[]> = {
  MEAT: ['tonnes', 'lots', 'teu'],
  CHILLED_AQUATIC: ['tonnes', 'lots'],
  GRAIN: ['tonnes', 'lots'],
  FRUIT: ['tonnes', 'lots', 'teu'],
  LIVE_AQUATIC: ['tonnes', 'lots'],
  PLANT_PROPAGATION: ['lots'],
  LOGS: ['m3', 'tonnes', 'lots'],
  ANIMAL_ISOLATION: ['head', 'lots'],
  OTHER_HIGH_RISK: ['lots', 'tonnes', 'mail_items', 'passengers'],
};

/** Design capacity: at most one figure per mode. */
export const designCapacitySchema = z
  .array(
    z.strictObject({
      mode: portModeSchema,
      unit: designCapacityUnitSchema,
      value: z.number().nonnegative().max(1e12),
    }),
  )
  .max(PORT_MODES.length)
  .refine((list) => new Set(list.map((c) => c.mode)).size === list.length, {
    message: 'unique_mode',
  });
export type DesignCapacity = z.infer<typeof designCapacitySchema>;

const portModesSchema = z
  .array(portModeSchema)
  .min(1)
  .max(PORT_MODES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'unique_mode' });

const portFields = {
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200),
  placeKind: placeKindSchema,
  placeType: placeTypeSchema.nullable(),
  modes: portModesSchema,
  portClass: portClassSchema,
  provinceCode: provinceCodeSchema,
  cityCode: cityCodeSchema,
  latitude: latitudeSchema.nullable(),
  longitude: longitudeSchema.nullable(),
  openedDate: dateSchema.nullable(),
  designCapacity: designCapacitySchema,
};

/** The city must lie in the province: the first two digits agree. */
const cityInProvince = <T extends { provinceCode: string; cityCode: string }>(v: T) =>
  v.cityCode.slice(0, 2) === v.provinceCode.slice(0, 2);
/** Design capacity is given only for the port's own modes. */
const capacityForOwnModes = <
  T extends { modes: readonly PortMode[]; designCapacity: DesignCapacity },
>(
  v: T,
) => v.designCapacity.every((c) => v.modes.includes(c.mode));
/** A workplace or centralised site names its type, one its kind has; a designated site names none. */
const typeFitsKind = <T extends { placeKind: PlaceKind; placeType: PlaceType | null }>(v: T) =>
  v.placeKind === 'designated_site'
    ? v.placeType === null
    : v.placeType !== null && PLACE_TYPES_BY_KIND[v.placeKind].includes(v.placeType);
/** Both coordinates or neither. */
const bothOrNeither = <T extends { latitude: number | null; longitude: number | null }>(v: T) =>
  (v.latitude === null) === (v.longitude === null);

export const portCreateSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code' }),
    branchId: idSchema,
    status: portStatusSchema,
    ...portFields,
  })
  .refine(cityInProvince, { message: 'city_in_province', path: ['cityCode'] })
  .refine(bothOrNeither, { message: 'both_coordinates', path: ['longitude'] })
  .refine(capacityForOwnModes, { message: 'capacity_mode', path: ['designCapacity'] })
  .refine(typeFitsKind, { message: 'place_type', path: ['placeType'] });
export type PortCreate = z.infer<typeof portCreateSchema>;

export const portUpdateSchema = z
  .strictObject({ version: versionSchema, ...portFields })
  .refine(cityInProvince, { message: 'city_in_province', path: ['cityCode'] })
  .refine(bothOrNeither, { message: 'both_coordinates', path: ['longitude'] })
  .refine(capacityForOwnModes, { message: 'capacity_mode', path: ['designCapacity'] })
  .refine(typeFitsKind, { message: 'place_type', path: ['placeType'] });
export type PortUpdate = z.infer<typeof portUpdateSchema>;

export const portStatusChangeSchema = z.strictObject({
  version: versionSchema,
  status: portStatusSchema,
  reason: z.string().trim().min(2).max(500),
});
export type PortStatusChange = z.infer<typeof portStatusChangeSchema>;

export const PORT_SORTS = [
  'code',
  '-code',
  'nameZh',
  '-nameZh',
  'status',
  'openedDate',
  '-openedDate',
  'updatedAt',
  '-updatedAt',
] as const;
export const portListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  mode: portModeSchema.optional(),
  placeKind: placeKindSchema.optional(),
  portClass: portClassSchema.optional(),
  status: portStatusSchema.optional(),
  branchId: idSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  category: categoryCodeSchema.optional(),
  archived: archivedFilterSchema,
  sort: z.enum(PORT_SORTS).default('code'),
});
export type PortListQuery = z.infer<typeof portListQuerySchema>;

export const portSchema = z.object({
  id: idSchema,
  orgUnitId: idSchema,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  branchId: idSchema,
  branchCode: z.string(),
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  placeKind: placeKindSchema,
  placeType: placeTypeSchema.nullable(),
  modes: z.array(portModeSchema),
  portClass: portClassSchema,
  provinceCode: z.string(),
  cityCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  status: portStatusSchema,
  statusReason: z.string().nullable(),
  openedDate: z.string().nullable(),
  designCapacity: z.array(
    z.object({ mode: portModeSchema, unit: designCapacityUnitSchema, value: z.number() }),
  ),
  /** Categories with a current designation (approved or suspended), for list badges. */
  categories: z.array(
    z.object({ code: z.string(), status: z.enum(['approved', 'suspended', 'withdrawn']) }),
  ),
  archived: z.boolean(),
  archivedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type Port = z.infer<typeof portSchema>;

/** A port as the map draws it: every port in scope at once, with its latest year's traffic in tonnes for the point size. */
/** A branch the caller reaches ports of: for branch filters, whatever units the caller's own grant sits at. */
export const branchOptionSchema = z.object({
  id: idSchema,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  ports: z.number().int(),
});
export type BranchOption = z.infer<typeof branchOptionSchema>;

export const portMapPointSchema = portSchema
  .pick({
    id: true,
    code: true,
    nameZh: true,
    nameEn: true,
    status: true,
    latitude: true,
    longitude: true,
    categories: true,
  })
  .extend({
    latestTonnes: z.number(),
  });
export type PortMapPoint = z.infer<typeof portMapPointSchema>;
/** GB/T 2260 provinces and prefecture-level cities, for pickers and labels. */
export const regionsSchema = z.object({
  source: z.string(),
  provinces: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      /** Established English names for provinces; Hanyu Pinyin for cities. */
      nameEn: z.string(),
      cities: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })),
    }),
  ),
});
export type Regions = z.infer<typeof regionsSchema>;
