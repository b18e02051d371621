import { Button, Card, DatePicker, Empty, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError } from 'urql';
import { PageHeader } from '../components/PageHeader';
import { ExportButtons } from '../exports/ExportButtons';
import { QueryError } from '../components/QueryError';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import type { AuditAction, AuditLogFilter, AuditLogPageQuery } from '../gql/graphql';
import { useAllMembers } from '../workspace/members';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { actionChoices, actionLabel, actorLabel, knownTargetTypes, membersByUserId, targetTypeLabel } from './audit/labels';
import { AuditChanges } from './audit/AuditChanges';

const AuditLogEntries = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        actorType
        actorUserId
        actorApiKeyId
        action
        actionCode
        targetType
        targetId
        targetLabel
        changes
        requestId
        ip
        createdAt
      }
    }
  }
`);

const AuditActions = graphql(`
  query AuditActions {
    auditActions
  }
`);

type Entry = AuditLogPageQuery['auditLog']['nodes'][number];

const PAGE_SIZE = 50;

interface Filters {
  actionCode?: AuditAction;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
  period?: [Dayjs, Dayjs] | null;
}

interface PagesState {
  entries: Entry[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error?: CombinedError;
}

/** Newest first, 50 at a time; a new filter starts over. */
function useAuditPages(filter: AuditLogFilter) {
  const client = useClient();
  const latest = useRef(0);
  const [state, setState] = useState<PagesState>({ entries: [], total: 0, endCursor: null, hasNextPage: false, loading: true });

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      const result = await client
        .query(AuditLogEntries, { filter, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (request !== latest.current) return;
      if (result.error || !result.data) {
        setState((s) => ({ ...s, loading: false, error: result.error }));
        return;
      }
      const page = result.data.auditLog;
      setState((s) => ({
        entries: after === null ? page.nodes : [...s.entries, ...page.nodes],
        total: page.totalCount,
        endCursor: page.pageInfo.endCursor ?? null,
        hasNextPage: page.pageInfo.hasNextPage,
        loading: false,
      }));
    },
    [client, filter],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return { ...state, reload: () => load(null), loadMore: () => load(state.endCursor) };
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organization } = useWorkspace();
  const { members } = useAllMembers();
  const byUser = useMemo(() => membersByUserId(members), [members]);
  const [filters, setFilters] = useState<Filters>({});
  const [targetIdDraft, setTargetIdDraft] = useState('');
  const [actionsResult] = useQuery({ query: AuditActions });

  // Whole days in the organization's timezone: from the first day's midnight to the midnight after the last.
  const filter = useMemo<AuditLogFilter>(() => {
    const [start, end] = filters.period ?? [];
    const tz = organization.timezone;
    return {
      actionCode: filters.actionCode ?? null,
      targetType: filters.targetType ?? null,
      targetId: filters.targetId || null,
      actorUserId: filters.actorUserId ?? null,
      since: start ? dayjs.tz(start.format('YYYY-MM-DD'), tz).toISOString() : null,
      until: end ? dayjs.tz(end.format('YYYY-MM-DD'), tz).add(1, 'day').toISOString() : null,
    };
  }, [filters, organization.timezone]);

  const { entries, total, hasNextPage, loading, error, reload, loadMore } = useAuditPages(filter);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== null && v !== '');

  const columns: ColumnsType<Entry> = [
    {
      title: t('audit.time'),
      dataIndex: 'createdAt',
      width: 190,
      render: (value: string) => <span className="nowrap">{format.dateTime(value)}</span>,
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, entry) => (
        <span className="actor-cell">
          {actorLabel(t, entry, byUser)}
          {entry.actorType !== 'USER' && <Tag variant="filled">{t(`audit.actorTypes.${entry.actorType}`)}</Tag>}
        </span>
      ),
    },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, entry) => <span data-testid="audit-action">{actionLabel(t, entry)}</span>,
    },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, entry) => (
        <span className="action-cell">
          <span>{targetTypeLabel(t, entry.targetType)}</span>
          {entry.targetLabel ? (
            <Typography.Text data-testid="audit-target" copyable={entry.targetId ? { text: entry.targetId } : false}>
              {entry.targetLabel}
            </Typography.Text>
          ) : (
            entry.targetId && (
              <Typography.Text type="secondary" className="code-text" copyable={{ text: entry.targetId }}>
                {entry.targetId.slice(0, 8)}
              </Typography.Text>
            )
          )}
        </span>
      ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} extra={<ExportButtons kind="audit_log" filters={{ ...filter }} />} />
      <Card className="filters-card">
        <div className="filters" role="search">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.anyAction')}
            aria-label={t('audit.filterAction')}
            options={actionChoices(t, actionsResult.data?.auditActions ?? [])}
            value={filters.actionCode}
            onChange={(actionCode?: AuditAction) => set({ actionCode })}
            className="filter-select"
          />
          <Select
            allowClear
            placeholder={t('audit.anyTarget')}
            aria-label={t('audit.filterTargetType')}
            options={knownTargetTypes(t)}
            value={filters.targetType}
            onChange={(targetType?: string) => set({ targetType })}
            className="filter-select"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.anyActor')}
            aria-label={t('audit.filterActor')}
            options={(members ?? []).map((m) => ({ value: m.user.id, label: m.user.fullName || m.user.email }))}
            value={filters.actorUserId}
            onChange={(actorUserId?: string) => set({ actorUserId })}
            className="filter-select"
          />
          <DatePicker.RangePicker
            aria-label={t('audit.filterPeriod')}
            value={filters.period ?? null}
            onChange={(period) => set({ period: period && period[0] && period[1] ? [period[0], period[1]] : null })}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
          <Input.Search
            allowClear
            placeholder={t('audit.filterTargetId')}
            aria-label={t('audit.filterTargetId')}
            value={targetIdDraft}
            onChange={(event) => setTargetIdDraft(event.target.value)}
            onSearch={(value) => set({ targetId: value.trim() || undefined })}
            className="filter-input"
          />
          <Button
            onClick={() => {
              setTargetIdDraft('');
              setFilters({});
            }}
            disabled={!filtered}
          >
            {t('common.reset')}
          </Button>
        </div>
      </Card>
      {error && <QueryError error={error} onRetry={reload} />}
      <Card>
        <Table<Entry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={entries}
          loading={loading && entries.length === 0}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
          expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} />, rowExpandable: () => true }}
          scroll={{ x: 760 }}
        />
        <div className="table-footer">
          <Typography.Text type="secondary">{t('common.shownOf', { shown: entries.length, total })}</Typography.Text>
          {hasNextPage && (
            <Button onClick={loadMore} loading={loading}>
              {t('common.loadMore')}
            </Button>
          )}
        </div>
      </Card>
    </>
  );
}
