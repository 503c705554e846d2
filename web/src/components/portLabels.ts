import {
  CERTIFICATION_STATE_LABELS,
  DESIGN_CAPACITY_UNIT_LABELS,
  DESIGNATION_STATUS_LABELS,
  FACILITY_CAPACITY_UNIT_LABELS,
  FACILITY_STATUS_LABELS,
  PLACE_KIND_LABELS,
  PLACE_TYPE_LABELS,
  placeLabel,
  PORT_CLASS_LABELS,
  PORT_MODE_LABELS,
  PORT_STATUS_LABELS,
  TRAFFIC_UNIT_LABELS,
  type CertificationState,
  type DesignationStatus,
  type FacilityStatus,
  type PortStatus,
} from '@contracts';
import { useCategories, useRegions } from '../api/reference.ts';
import { useLabels } from '../i18n/labels.ts';
import type { Tone } from './StatusTag.tsx';

export const PORT_STATUS_TONES: Record<PortStatus, Tone> = {
  planned: 'info',
  open: 'good',
  suspended: 'warn',
  closed: 'neutral',
};
export const DESIGNATION_TONES: Record<DesignationStatus, Tone> = {
  approved: 'good',
  suspended: 'warn',
  withdrawn: 'bad',
};
export const FACILITY_STATUS_TONES: Record<FacilityStatus, Tone> = {
  in_service: 'good',
  under_maintenance: 'warn',
  out_of_service: 'bad',
  planned: 'info',
};
export const CERT_TONES: Record<CertificationState, Tone> = {
  not_required: 'neutral',
  valid: 'good',
  expiring: 'warn',
  expired: 'bad',
  missing: 'bad',
};

/** The port register's labels (from contracts), category names and region names, in the UI language. */
export function usePortLabels() {
  const labels = useLabels();
  const lang: 'zh' | 'en' = labels.lang === 'en' ? 'en' : 'zh';
  const { data: categories = [] } = useCategories();
  const { data: regions } = useRegions();
  const regionName = new Map<string, string>();
  for (const province of regions?.provinces ?? []) {
    regionName.set(province.code, labels.name(province));
    for (const city of province.cities) regionName.set(city.code, labels.name(city));
  }
  return {
    ...labels,
    categories,
    mode: (m: keyof typeof PORT_MODE_LABELS) => PORT_MODE_LABELS[m][lang],
    portClass: (c: keyof typeof PORT_CLASS_LABELS) => PORT_CLASS_LABELS[c][lang],
    placeKind: (k: keyof typeof PLACE_KIND_LABELS) => PLACE_KIND_LABELS[k][lang],
    placeType: (k: keyof typeof PLACE_TYPE_LABELS) => PLACE_TYPE_LABELS[k][lang],
    /** A place's kind, with its type when it has one: 集中作业场地·邮检作业场地. */
    place: (p: Parameters<typeof placeLabel>[0]) => placeLabel(p, lang),
    status: (s: PortStatus) => PORT_STATUS_LABELS[s][lang],
    designation: (s: DesignationStatus) => DESIGNATION_STATUS_LABELS[s][lang],
    capacityUnit: (u: keyof typeof DESIGN_CAPACITY_UNIT_LABELS) =>
      DESIGN_CAPACITY_UNIT_LABELS[u][lang],
    trafficUnit: (u: keyof typeof TRAFFIC_UNIT_LABELS) => TRAFFIC_UNIT_LABELS[u][lang],
    facilityStatus: (s: FacilityStatus) => FACILITY_STATUS_LABELS[s][lang],
    facilityUnit: (u: keyof typeof FACILITY_CAPACITY_UNIT_LABELS) =>
      FACILITY_CAPACITY_UNIT_LABELS[u][lang],
    certState: (s: CertificationState) => CERTIFICATION_STATE_LABELS[s][lang],
    category: (code: string) => {
      const found = categories.find((c) => c.code === code);
      return found ? labels.name(found) : code;
    },
    region: (code: string) => regionName.get(code) ?? code,
    number: (n: number | null) =>
      n === null ? '—' : n.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN'),
  };
}
