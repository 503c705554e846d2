import type { CertificationState } from '@contracts';
import { CERT_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';

/** A facility's certification state, coloured: valid green, expiring orange, expired or missing red. */
export function CertTag({ state, expiry }: { state: CertificationState; expiry: string | null }) {
  const labels = usePortLabels();
  return (
    <StatusTag tone={CERT_TONES[state]} title={expiry ?? undefined}>
      {labels.certState(state)}
      {expiry ? ` · ${expiry}` : ''}
    </StatusTag>
  );
}
