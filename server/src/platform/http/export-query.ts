/**
 * What an export is asked: a list's filters and sort, without its paging, since an export is every row the
 * filters select. The export routes' query strings are the list schemas without `page` and `pageSize`.
 */
export type ExportQuery<Q extends { page: number; pageSize: number }> = Omit<
  Q,
  'page' | 'pageSize'
>;

/**
 * The most rows one export reads: a worksheet holds 1,048,576 rows and the first is the header, so no
 * workbook could carry more. Repositories' export listings stop here.
 */
export const EXPORT_MAX_ROWS = 1_048_575;
