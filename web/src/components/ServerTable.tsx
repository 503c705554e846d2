import { ProTable, type ProColumns, type ProTableProps } from '@ant-design/pro-components';
import type { SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { rowTestId } from './rowTestId.ts';

/** The page a server-paginated list asks for. */
export type PageParams = { page: number; pageSize: number };
/** A list's request: its filters (and sort) and the page. */
export type ListParams<Filters> = Filters & PageParams;

type Props<Row extends Record<string, unknown>, Filters, Values extends Record<string, unknown>> = {
  rowKey: Extract<keyof Row, string>;
  title: ReactNode;
  columns: ProColumns<Row>[];
  /** The list query: the current page of rows with the total, and whether a request is under way. */
  list: { data?: { items: NoInfer<Row>[]; total: number }; isFetching: boolean };
  params: ListParams<Filters>;
  onParams: (next: ListParams<NoInfer<Filters>>) => void;
  /** The filters a submitted search form asks for; the list goes back to its first page. */
  search: (values: Values) => NoInfer<Filters>;
  /** The filters Reset leaves in place (`{}`: none). */
  resetTo: NoInfer<Filters>;
  /** A click on a sortable column's header; the sort is the server's, so the caller sets its param. */
  onSort?: (sorter: SorterResult<Row> | undefined) => void;
  pageSizes?: number[];
  rowTestId: (row: Row) => string;
  toolBar?: ReactNode[];
  /** What the search form shows at first: the filters a link into the list arrived with. */
  initialValues?: Partial<Values>;
} & Pick<ProTableProps<Row, Values>, 'expandable' | 'scroll'>;

/**
 * A ProTable over a list the server pages, filters and sorts: the search form and the pager drive `params`,
 * and the rows are whatever the list query answered for them.
 */
export function ServerTable<
  Row extends Record<string, unknown>,
  Filters,
  Values extends Record<string, unknown>,
>({
  rowKey,
  title,
  columns,
  list,
  params,
  onParams,
  search,
  resetTo,
  onSort,
  pageSizes = [10, 20, 50, 100],
  rowTestId: testIdOf,
  toolBar,
  initialValues,
  expandable,
  scroll,
}: Props<Row, Filters, Values>) {
  return (
    <ProTable<Row, Values>
      rowKey={rowKey}
      headerTitle={title}
      columns={columns}
      dataSource={list.data?.items ?? []}
      loading={list.isFetching}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      form={{ syncToUrl: false, initialValues }}
      onSubmit={(values) => onParams({ ...params, ...search(values), page: 1 })}
      onReset={() => onParams({ ...resetTo, page: 1, pageSize: params.pageSize })}
      onChange={
        onSort &&
        ((_pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') onSort(Array.isArray(sorter) ? sorter[0] : sorter);
        })
      }
      options={false}
      expandable={expandable}
      scroll={scroll}
      onRow={(row) => rowTestId(testIdOf(row))}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: list.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: pageSizes,
        onChange: (page, pageSize) => onParams({ ...params, page, pageSize }),
      }}
      toolBarRender={() => toolBar ?? []}
    />
  );
}
