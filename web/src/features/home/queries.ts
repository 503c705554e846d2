import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const useHomeSummary = () =>
  useQuery({
    queryKey: ['home', 'summary'],
    queryFn: () => ok(client.GET('/api/v1/home/summary')),
  });
