import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';

/** Marks every query under the keys stale; those on screen fetch again. */
export const reload = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/**
 * A write through the API: once it succeeds, every query under the `invalidates` keys reloads (lists,
 * details, the home figures that count what changed). Failures are the caller's to report (useApiError).
 */
export function useWrite<Vars, Result>(
  write: (vars: Vars) => Promise<Result>,
  invalidates: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => reload(queryClient, invalidates) });
}
