import { PhoneOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { WorklistQuery, WorklistReason } from '../../gql/graphql';
import { useAllMembers } from '../../workspace/members';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { MemberSelect } from '../ar/MemberSelect';
import { GradeTag } from '../ar/tags';
import { actionNote } from './labels';
import { LogCallModal } from './LogCallModal';
import './collections.css';

const Worklist = graphql(`
  query Worklist($filter: WorklistFilterInput, $first: Int, $after: String) {
    collectionWorklist(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        reason
        score
        openAmount
        overdueAmount
        worstDaysOverdue
        promisedToday
        nextFollowUpOn
        lastActionAt
        lastAction {
          id
          channel
          outcome
          note
          noteCode
          noteParams
        }
        dunningPause {
          id
          until
        }
        grade
        region
        customer {
          id
          code
          legalName
          shortName
        }
        collector {
          id
          user {
            fullName
            email
          }
        }
      }
    }
  }
`);

const AssignCollector = graphql(`
  mutation CustomersAssignCollector($customerIds: [ID!]!, $collectorId: ID) {
    customersAssignCollector(customerIds: $customerIds, collectorId: $collectorId) {
      changes {
        customer {
          id
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Item = WorklistQuery['collectionWorklist']['nodes'][number];
const PAGE = 50;
const ALL = 'all';
const MINE = 'mine';
const REASON_COLOR: Record<WorklistReason, string> = { PROMISED_TODAY: 'green', FOLLOW_UP_DUE: 'gold', OVERDUE: 'red' };
const GRADES = ['AAA', 'AA', 'A', 'B', 'C', ''] as const;
/** Overdue amount bands in the base currency, [min, max): the URL keeps the band's key. */
const BANDS: Record<string, [number, number | null]> = {
  '0-10000': [0, 10000],
  '10000-50000': [10000, 50000],
  '50000-200000': [50000, 200000],
  '200000-': [200000, null],
};

function listParam(params: URLSearchParams, name: string): string[] {
  const value = params.get(name);
  return value === null ? [] : value.split(',');
}

/** The collector's home: their customers to work today, ranked; managers look at anyone's. */
export default function WorklistPage() {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const format = useFormat();
  const { organization, can } = useWorkspace();
  const role = organization.viewerRole;
  // Those who see every customer choose whose list; collectors and sales have their own.
  const isManager = !!role && role !== 'COLLECTOR' && role !== 'SALES';
  const canAssign = can('DUNNING_POLICIES_MANAGE');
  // Filters live in the URL (a filtered list can be bookmarked, shared, and survives a reload).
  const [params, setParams] = useSearchParams();
  const collector = isManager ? params.get('collector') ?? ALL : MINE;
  const dueTodayOnly = params.get('due') === '1';
  const grades = listParam(params, 'grades');
  const regions = listParam(params, 'regions');
  const bandKey = params.get('band') ?? '';
  const band = BANDS[bandKey];
  const [after, setAfter] = useState<string | null>(null);
  const [older, setOlder] = useState<Item[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [assignTo, setAssignTo] = useState<string | null>(null);
  const [logging, setLogging] = useState<Item | null>(null);
  const gradesKey = grades.join(',');
  const regionsKey = regions.join(',');
  const filter = useMemo(
    () => ({
      dueTodayOnly,
      allCollectors: collector === ALL,
      collectorId: collector !== ALL && collector !== MINE ? collector : null,
      grades: gradesKey ? gradesKey.split(',') : [],
      regions: regionsKey ? regionsKey.split(',') : [],
      minOverdueAmount: String(band?.[0] ?? 0),
      maxOverdueAmount: band?.[1] != null ? String(band[1]) : null,
    }),
    [collector, dueTodayOnly, gradesKey, regionsKey, band],
  );
  const context = useMemo(() => ({ additionalTypenames: ['CollectionAction', 'PromiseToPay', 'Customer'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: Worklist, variables: { filter, first: PAGE, after }, context });
  const [{ fetching: assigning }, assign] = useMutation(AssignCollector);
  const { members } = useAllMembers();
  const done = useActionResult();
  const page = data?.collectionWorklist;
  const items = after === null ? page?.nodes ?? [] : [...older, ...(page?.nodes ?? [])];

  const restart = () => {
    setOlder([]);
    setAfter(null);
    setSelected([]);
  };
  const setFilter = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    restart();
  };
  const bandLabel = (key: string) => {
    const [min, max] = BANDS[key];
    if (max === null) return t('worklist.bandFrom', { min: fmt.money(String(min)) });
    return min === 0 ? t('worklist.bandBelow', { max: fmt.money(String(max)) }) : t('worklist.band', { min: fmt.money(String(min)), max: fmt.money(String(max)) });
  };
  const refresh = () => {
    restart();
    reload({ requestPolicy: 'network-only' });
  };
  const bulkAssign = async () => {
    const result = await assign({ customerIds: selected, collectorId: assignTo });
    const member = members?.find((m) => m.id === assignTo);
    const name = member ? member.user.fullName || member.user.email : t('customers.nobody');
    if (done(result.error, result.data?.customersAssignCollector.errors, t('worklist.assigned', { count: selected.length, name }))) refresh();
  };
  const who = (m: Item['collector']) => (m ? m.user.fullName || m.user.email : '—');

  const columns: ColumnsType<Item> = [
    { title: '#', key: 'rank', width: 48, render: (_, __, index) => index + 1 },
    {
      title: t('worklist.customer'),
      key: 'customer',
      render: (_, item) =>
        item.customer && (
          <Space direction="vertical" size={0}>
            <Link to={`/customers/${item.customer.id}?tab=collections`} className="strong-text">
              {item.customer.shortName || item.customer.legalName}
            </Link>
            <span className="timeline-meta">
              {item.customer.code}
              {item.region ? ` · ${item.region}` : ''}
            </span>
          </Space>
        ),
    },
    {
      title: t('worklist.reason'),
      dataIndex: 'reason',
      render: (reason: WorklistReason, item) => (
        <Space direction="vertical" size={0}>
          <Tag color={REASON_COLOR[reason]}>{t(`worklist.reasons.${reason}`)}</Tag>
          {item.promisedToday && <span className="timeline-meta">{t('worklist.promisedToday', { amount: fmt.money(item.promisedToday) })}</span>}
          {item.nextFollowUpOn && <span className="timeline-meta">{t('collections.timeline.followUp', { day: fmt.day(item.nextFollowUpOn) })}</span>}
          {item.dunningPause && (
            <Tag data-testid="worklist-paused">
              {item.dunningPause.until ? t('collections.pause.tag', { day: fmt.day(item.dunningPause.until) }) : t('collections.pause.tagOpen')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('worklist.overdue'), dataIndex: 'overdueAmount', align: 'right', render: (v: string) => <span className="nowrap">{fmt.money(v)}</span> },
    { title: t('worklist.days'), dataIndex: 'worstDaysOverdue', align: 'right' },
    { title: t('worklist.grade'), dataIndex: 'grade', render: (grade: string | null) => <GradeTag grade={grade ?? null} /> },
    {
      title: t('worklist.lastAction'),
      key: 'lastAction',
      render: (_, item) =>
        item.lastAction && item.lastActionAt ? (
          <Space direction="vertical" size={0}>
            <span className="nowrap">{format.dateTime(item.lastActionAt)}</span>
            <span className="timeline-meta">
              {t(`collections.actionChannels.${item.lastAction.channel}`)} · {t(`collections.outcomes.${item.lastAction.outcome}`)}
            </span>
            {actionNote(t, item.lastAction) && <span className="worklist-note">{actionNote(t, item.lastAction)}</span>}
          </Space>
        ) : (
          '—'
        ),
    },
    ...(isManager ? [{ title: t('worklist.collector'), key: 'collector', render: (_: unknown, item: Item) => who(item.collector) }] : []),
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, item) =>
        item.customer && (
          <Button
            size="small"
            icon={<PhoneOutlined />}
            onClick={() => setLogging(item)}
            aria-label={t('worklist.logFor', { name: item.customer.shortName || item.customer.legalName })}
          >
            {t('collections.log.button')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('worklist.title')} description={t('worklist.description')} />
      {error && <QueryError error={error} onRetry={refresh} />}
      <Card className="filters-card" size="small">
        <div className="filters">
          {isManager && (
            <Select
              className="filter-select-wide"
              aria-label={t('worklist.collector')}
              value={collector}
              onChange={(value) => setFilter('collector', value === ALL ? null : value)}
              options={[
                { value: ALL, label: t('worklist.allCollectors') },
                { value: MINE, label: t('worklist.mine') },
                ...(members ?? [])
                  .filter((m) => m.role === 'COLLECTOR')
                  .map((m) => ({ value: m.id, label: m.user.fullName || m.user.email })),
              ]}
            />
          )}
          <Select
            mode="multiple"
            allowClear
            className="filter-select-wide"
            data-testid="worklist-grades"
            aria-label={t('worklist.grade')}
            placeholder={t('worklist.grade')}
            value={grades}
            onChange={(values: string[]) => setFilter('grades', values.join(','))}
            options={GRADES.map((g) => ({ value: g, label: g || t('customers.ungraded') }))}
          />
          <Select
            mode="tags"
            allowClear
            className="filter-select-wide"
            aria-label={t('customers.region')}
            placeholder={t('customers.region')}
            value={regions}
            onChange={(values: string[]) => setFilter('regions', values.map((v) => v.trim()).filter(Boolean).join(','))}
            open={false}
            suffixIcon={null}
          />
          <Select
            allowClear
            className="filter-select-wide"
            aria-label={t('worklist.overdueBand')}
            placeholder={t('worklist.overdueBand')}
            value={band ? bandKey : undefined}
            onChange={(value?: string) => setFilter('band', value ?? null)}
            options={Object.keys(BANDS).map((key) => ({ value: key, label: bandLabel(key) }))}
          />
          <label className="filter-switch">
            <Switch size="small" checked={dueTodayOnly} onChange={(value) => setFilter('due', value ? '1' : null)} />
            {t('worklist.dueTodayOnly')}
          </label>
        </div>
      </Card>
      {canAssign && selected.length > 0 && (
        <Card size="small" className="section-card" data-testid="bulk-assign">
          <div className="filters">
            <span>{t('worklist.selected', { count: selected.length })}</span>
            <MemberSelect
              className="filter-select-wide"
              roles={['COLLECTOR', 'OWNER', 'ADMIN', 'FINANCE']}
              value={assignTo}
              onChange={setAssignTo}
              aria-label={t('worklist.assignTo')}
              placeholder={t('worklist.assignTo')}
            />
            <Button type="primary" icon={<UserSwitchOutlined />} loading={assigning} disabled={!assignTo} onClick={bulkAssign}>
              {t('worklist.assign')}
            </Button>
          </div>
        </Card>
      )}
      <Card className="section-card">
        <Table<Item>
          rowKey={(item) => item.customer?.id ?? ''}
          data-testid="worklist"
          columns={columns}
          dataSource={items}
          loading={fetching && !data}
          pagination={false}
          scroll={{ x: 960 }}
          rowSelection={canAssign ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('worklist.empty')} /> }}
        />
        <div className="table-footer">
          {page && <span className="muted">{t('common.shownOf', { shown: items.length, total: page.totalCount })}</span>}
          {page?.pageInfo.hasNextPage && (
            <Button
              loading={fetching}
              onClick={() => {
                setOlder(items);
                setAfter(page.pageInfo.endCursor ?? null);
              }}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </div>
      </Card>
      {logging?.customer && (
        <LogCallModal
          customerId={logging.customer.id}
          customerName={logging.customer.shortName || logging.customer.legalName}
          onClose={() => setLogging(null)}
          onSaved={() => {
            setLogging(null);
            refresh();
          }}
        />
      )}
    </>
  );
}
