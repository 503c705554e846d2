import type { Port } from '@contracts';
import { useSignedIn } from '../../../api/session.ts';
import { FacilityManager } from './FacilityManager.tsx';

/** The port's own facilities, on its detail page. */
export default function PortFacilitiesTab({ port }: { port: Port }) {
  const me = useSignedIn();
  const canCreate = Boolean(port.can.addFacility);
  return (
    <FacilityManager
      portId={port.id}
      canCreate={canCreate}
      canImport={canCreate && me.permissions.includes('facility.write')}
    />
  );
}
