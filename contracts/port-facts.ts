import type { FacilityStatus } from './facilities.ts';
import type { DesignationStatus } from './designations.ts';
import type {
  DesignCapacityUnit,
  PlaceKind,
  PlaceType,
  PortClass,
  PortMode,
  PortStatus,
  TrafficUnit,
} from './ports.ts';

/** Count (sum of quantities) and capacity (sum of the records' capacities, each a record's total in its type's unit) of facilities. */
export type FacilityTally = { count: number; capacity: number };

/**
 * What the standards engine knows about one port. Facility tallies count only facilities whose required
 * certification is valid on the day asked (a type with a certification cycle needs an unexpired one).
 */
export type PortFacts = {
  portId: string;
  code: string;
  placeKind: PlaceKind;
  placeType: PlaceType | null;
  modes: PortMode[];
  portClass: PortClass;
  status: PortStatus;
  /** Category code → designation status. */
  categories: Record<string, DesignationStatus>;
  /** Mode → design capacity. */
  designCapacity: Partial<Record<PortMode, { unit: DesignCapacityUnit; value: number }>>;
  /** Category code → the latest year's yearly traffic. */
  traffic: Record<string, { year: number; unit: TrafficUnit; value: number }>;
  /** Facility type code → tallies over all statuses and per status. */
  facilities: Record<string, FacilityTally & { byStatus: Record<FacilityStatus, FacilityTally> }>;
};

/** The register's part of a port's facts (the ports module's): everything but the facility tallies. */
export type PortRegisterFacts = Omit<PortFacts, 'facilities'>;
/** The ledger's part (the facilities module's): tallies by facility type. */
export type PortFacilityFacts = PortFacts['facilities'];
