import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Relay pages one after another: the cursors of the pages seen so far, to go back. */
export function useCursorPages() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const after = stack[stack.length - 1] ?? null;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStack((s) => [...s, endCursor]);
  }, []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after, page: stack.length, next, previous, reset };
}

interface PagerProps {
  page: number;
  total: number;
  hasNextPage: boolean;
  onPrevious(): void;
  onNext(): void;
}

export function Pager({ page, total, hasNextPage, onPrevious, onNext }: PagerProps) {
  const { t } = useTranslation();
  return (
    <div className="table-footer pager">
      <Typography.Text type="secondary">{t('ar.pageOf', { page, total })}</Typography.Text>
      <Space>
        <Button size="small" icon={<LeftOutlined />} disabled={page <= 1} onClick={onPrevious}>
          {t('ar.previous')}
        </Button>
        <Button size="small" disabled={!hasNextPage} onClick={onNext}>
          {t('ar.next')} <RightOutlined />
        </Button>
      </Space>
    </div>
  );
}
