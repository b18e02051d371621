import { Button, Empty, Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryError } from './QueryError';

export interface CursorList<T> {
  nodes: T[];
  loading: boolean;
  error?: CombinedError;
  hasNextPage: boolean;
  loadMore(): void;
  reload(): void;
}

interface Props<T> {
  list: CursorList<T>;
  columns: ColumnsType<T>;
  empty: string;
  testId: string;
  expandable?: TableProps<T>['expandable'];
  minWidth?: number;
}

/** A list read page by page (`useCursorPages`): loading and empty states, "load more", retry. */
export function CursorTable<T extends { id: string }>({ list, columns, empty, testId, expandable, minWidth = 900 }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      {list.error && <QueryError error={list.error} onRetry={list.reload} />}
      <Table<T>
        rowKey="id"
        data-testid={testId}
        columns={columns}
        dataSource={list.nodes}
        loading={list.loading}
        pagination={false}
        expandable={expandable}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        scroll={{ x: minWidth }}
      />
      {list.hasNextPage && (
        <div className="load-more">
          <Button onClick={list.loadMore} loading={list.loading}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
