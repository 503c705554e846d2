import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ImportOnExisting } from '@contracts';
import { importUpload, type ImportPath, type ServerProgress } from '../api/client.ts';
import { reload } from '../api/useWrite.ts';

export type ImportUpload = {
  file: File;
  onProgress: (percent: number) => void;
  onServer: (progress: ServerProgress) => void;
  /** What to do with rows already recorded; unset, the server reports them and writes nothing. */
  onExisting?: ImportOnExisting;
};

/**
 * An all-or-nothing Excel import: posts the workbook to `path`, following the server's progress as it
 * checks and writes rows, and answers with the report (problems are a report, not a failure). After rows
 * were applied, the queries under `invalidates` reload.
 */
export function useImport(path: ImportPath, invalidates: QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress, onServer, onExisting }: ImportUpload) =>
      importUpload(path, file, onProgress, onServer, onExisting),
    onSuccess: (report) =>
      report.problems.length === 0 && report.applied > 0
        ? reload(queryClient, invalidates)
        : undefined,
  });
}
