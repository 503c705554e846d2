import { useQuery } from '@tanstack/react-query';
import { client, ok } from './client.ts';

/** The org tree's key; it sits under the org lists' ['org'], so a write to a unit reloads it too. */
export const ORG_TREE_KEY = ['org', 'tree'] as const;

/** The part of the org tree the user may see, flat with parent ids. */
export const useOrgTree = () =>
  useQuery({
    queryKey: ORG_TREE_KEY,
    queryFn: () => ok(client.GET('/api/v1/org-units/tree')),
    staleTime: 60_000,
  });

/** The branches whose ports the user reads, whatever unit their grant sits at (the office reads them all). */
export const useBranchOptions = () =>
  useQuery({
    queryKey: ['reference', 'branches'],
    queryFn: () => ok(client.GET('/api/v1/ports/branches')),
    staleTime: 60_000,
  });

/** Reference lists change rarely: cached for the session. */
export const useCategories = () =>
  useQuery({
    queryKey: ['reference', 'categories'],
    queryFn: () => ok(client.GET('/api/v1/reference/designation-categories')),
    staleTime: 300_000,
  });

export const useRegions = () =>
  useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: () => ok(client.GET('/api/v1/reference/regions')),
    staleTime: Infinity,
  });
