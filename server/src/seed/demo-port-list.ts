// The demo district's twelve ports and the day its dates count from. Apart from the seeding code so that
// the port rows (demo-ports.ts), their facilities (demo-facilities.ts) and projects (demo-projects.ts) all
// read one list without importing each other.
import type {
  BuiltInCategory,
  DesignCapacity,
  PortClass,
  PortMode,
  PortStatus,
  TrafficUnit,
} from '../../../contracts/index.ts';

/** Demo dates are relative to this day, so tests can rely on which certifications have lapsed. */
export const DEMO_ANCHOR = '2026-11-01';

type DemoPort = {
  code: string;
  modes: PortMode[];
  portClass: PortClass;
  cityCode: string;
  lat: number;
  lon: number;
  status: PortStatus;
  opened: string;
  capacity: DesignCapacity;
  categories: { code: BuiltInCategory; unit: TrafficUnit; base: number }[];
};

/** The twelve demo ports, all in Guangdong (440000) with real city codes. */
export const DEMO_PORTS: DemoPort[] = [
  {
    code: 'P-SEA-EAST',
    modes: ['sea'],
    portClass: 'I',
    cityCode: '440300',
    lat: 22.57,
    lon: 114.27,
    status: 'open',
    opened: '1994-06-01',
    capacity: [{ mode: 'sea', unit: 'teu_per_year', value: 15_000_000 }],
    categories: [
      { code: 'MEAT', unit: 'tonnes', base: 420_000 },
      { code: 'CHILLED_AQUATIC', unit: 'tonnes', base: 86_000 },
      { code: 'FRUIT', unit: 'tonnes', base: 310_000 },
    ],
  },
  {
    code: 'P-SEA-WEST',
    modes: ['sea'],
    portClass: 'I',
    cityCode: '440800',
    lat: 21.2,
    lon: 110.41,
    status: 'open',
    opened: '1998-03-15',
    capacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 60_000_000 }],
    categories: [{ code: 'GRAIN', unit: 'tonnes', base: 5_600_000 }],
  },
  {
    code: 'P-SEA-LOGS',
    modes: ['sea'],
    portClass: 'II',
    cityCode: '441300',
    lat: 22.72,
    lon: 114.55,
    status: 'open',
    opened: '2006-09-01',
    capacity: [{ mode: 'sea', unit: 'tonnes_per_year', value: 8_000_000 }],
    categories: [{ code: 'LOGS', unit: 'm3', base: 1_200_000 }],
  },
  {
    code: 'P-AIR-INTL',
    modes: ['air', 'passenger'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.39,
    lon: 113.3,
    status: 'open',
    opened: '2004-08-05',
    capacity: [
      { mode: 'air', unit: 'tonnes_per_year', value: 2_500_000 },
      { mode: 'passenger', unit: 'passengers_per_year', value: 80_000_000 },
    ],
    categories: [
      { code: 'FRUIT', unit: 'tonnes', base: 18_000 },
      { code: 'PLANT_PROPAGATION', unit: 'lots', base: 640 },
      { code: 'CHILLED_AQUATIC', unit: 'tonnes', base: 9_500 },
    ],
  },
  {
    code: 'P-AIR-CARGO',
    modes: ['air'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.4,
    lon: 113.29,
    status: 'open',
    opened: '2010-01-20',
    capacity: [{ mode: 'air', unit: 'tonnes_per_year', value: 1_200_000 }],
    categories: [
      { code: 'LIVE_AQUATIC', unit: 'tonnes', base: 4_200 },
      { code: 'FRUIT', unit: 'tonnes', base: 12_500 },
    ],
  },
  {
    code: 'P-MAIL',
    modes: ['mail'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.38,
    lon: 113.31,
    status: 'open',
    opened: '2012-05-10',
    capacity: [{ mode: 'mail', unit: 'mail_items_per_year', value: 60_000_000 }],
    categories: [{ code: 'OTHER_HIGH_RISK', unit: 'mail_items', base: 35_000_000 }],
  },
  {
    code: 'P-EXPRESS',
    modes: ['express'],
    portClass: 'I',
    cityCode: '440300',
    lat: 22.63,
    lon: 113.82,
    status: 'open',
    opened: '2015-11-01',
    capacity: [{ mode: 'express', unit: 'parcels_per_year', value: 120_000_000 }],
    categories: [],
  },
  {
    code: 'P-RAIL',
    modes: ['rail'],
    portClass: 'I',
    cityCode: '440100',
    lat: 23.15,
    lon: 113.26,
    status: 'open',
    opened: '2019-09-01',
    capacity: [{ mode: 'rail', unit: 'trains_per_year', value: 1_500 }],
    categories: [
      { code: 'GRAIN', unit: 'tonnes', base: 380_000 },
      { code: 'FRUIT', unit: 'tonnes', base: 56_000 },
    ],
  },
  {
    code: 'P-ROAD',
    modes: ['road', 'passenger'],
    portClass: 'I',
    cityCode: '440400',
    lat: 22.21,
    lon: 113.55,
    status: 'open',
    opened: '1999-12-20',
    capacity: [
      { mode: 'road', unit: 'vehicles_per_year', value: 3_000_000 },
      { mode: 'passenger', unit: 'passengers_per_year', value: 120_000_000 },
    ],
    categories: [
      { code: 'FRUIT', unit: 'tonnes', base: 210_000 },
      { code: 'MEAT', unit: 'tonnes', base: 64_000 },
    ],
  },
  {
    code: 'P-ECOM',
    modes: ['ecommerce'],
    portClass: 'II',
    cityCode: '441900',
    lat: 23.02,
    lon: 113.75,
    status: 'open',
    opened: '2018-04-01',
    capacity: [{ mode: 'ecommerce', unit: 'parcels_per_year', value: 200_000_000 }],
    categories: [{ code: 'OTHER_HIGH_RISK', unit: 'lots', base: 52_000 }],
  },
  {
    code: 'P-RIVER-GRAIN',
    modes: ['river'],
    portClass: 'II',
    cityCode: '441200',
    lat: 23.05,
    lon: 112.47,
    status: 'open',
    opened: '2008-07-01',
    capacity: [{ mode: 'river', unit: 'tonnes_per_year', value: 6_000_000 }],
    categories: [{ code: 'GRAIN', unit: 'tonnes', base: 1_450_000 }],
  },
  {
    code: 'P-RIVER-PAX',
    modes: ['river', 'passenger'],
    portClass: 'II',
    cityCode: '440600',
    lat: 23.02,
    lon: 113.12,
    status: 'suspended',
    opened: '2001-02-01',
    capacity: [{ mode: 'passenger', unit: 'passengers_per_year', value: 1_500_000 }],
    categories: [],
  },
];
