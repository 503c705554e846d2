import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { client, ok } from '../api/client.ts';
import { useLabels } from '../i18n/labels.ts';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  testId?: string;
  writable?: boolean;
};

/** Picks a port in scope, searched on the server by code or name. Works as a form control. */
export function PortSelect({ id, value, onChange, allowClear, testId, writable }: Props) {
  const labels = useLabels();
  const [q, setQ] = useState('');
  const params = { q: q || undefined, page: 1, pageSize: 50 };
  const { data, isFetching } = useQuery({
    queryKey: ['ports', 'list', params],
    queryFn: () => ok(client.GET('/api/v1/ports', { params: { query: params } })),
    staleTime: 60_000,
  });
  const ports = (data?.items ?? []).filter((p) => !writable || p.can.addFacility);
  return (
    <Select
      id={id}
      data-testid={testId}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={isFetching}
      allowClear={allowClear}
      options={ports.map((p) => ({ value: p.id, label: `${p.code} ${labels.name(p)}` }))}
      style={{ width: '100%' }}
    />
  );
}
