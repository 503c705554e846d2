import type { ImportReport } from '@contracts';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client.ts';

export type ImportUpload = { file: File; onProgress: (percent: number) => void };

/**
 * An all-or-nothing Excel import: posts the workbook to `path` and answers with the report (a 422 with
 * problems is a report, not a failure). After rows were applied, the queries under `invalidates` reload.
 */
export function useImport(path: string, invalidates: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: ImportUpload) => api.upload<ImportReport>(path, file, onProgress, [422]),
    onSuccess: (report) =>
      report.problems.length === 0 && report.applied > 0 ? Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))) : undefined,
  });
}
