import type { HomeSummary } from '@contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const useHomeSummary = () =>
  useQuery({ queryKey: ['home', 'summary'], queryFn: () => api.get<HomeSummary>('/home/summary') });
