import type { Port } from '@contracts';
import { FacilityManager } from './FacilityManager.tsx';

/** The port's own facilities, on its detail page. */
export default function PortFacilitiesTab({ port }: { port: Port }) {
  return <FacilityManager portId={port.id} canCreate={Boolean(port.can.addFacility)} />;
}
