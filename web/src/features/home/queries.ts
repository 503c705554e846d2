import type { TaskKind, TaskView } from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, download, ok } from '../../api/client.ts';

export const useHomeSummary = () =>
  useQuery({
    queryKey: ['home', 'summary'],
    queryFn: () => ok(client.GET('/api/v1/home/summary')),
  });

export type TaskParams = { view: TaskView; kind?: TaskKind; page: number; pageSize: number };

/** The work queue: one view's page, and every view's count (refreshed while the page is open). */
export const useTasks = (params: TaskParams) =>
  useQuery({
    queryKey: ['work', 'tasks', params],
    queryFn: () => ok(client.GET('/api/v1/work/tasks', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const useTaskCounts = () =>
  useQuery({
    queryKey: ['work', 'counts'],
    queryFn: () => ok(client.GET('/api/v1/work/counts')),
    refetchInterval: 60_000,
  });

export const exportTasks = (view: TaskView, kind?: TaskKind) =>
  download(
    client.GET('/api/v1/work/tasks/export', {
      params: { query: { view, ...(kind ? { kind } : {}) } },
      parseAs: 'blob',
    }),
  );

/** The standardisation score per opened campaign over the caller's scope; the home page shows the latest. */
export const useTrend = (enabled: boolean) =>
  useQuery({
    queryKey: ['campaigns', 'trend'],
    queryFn: () => ok(client.GET('/api/v1/standards/trend')),
    enabled,
  });
