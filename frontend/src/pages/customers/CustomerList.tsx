import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButtons } from '../../exports/ExportButtons';
import { graphql } from '../../gql';
import type { CustomerListQuery, CustomerSortField, CustomerStatus } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { MemberSelect } from '../ar/MemberSelect';
import { Pager, useCursorPages } from '../ar/pager';
import { CreditHoldTag, CustomerStatusTag, GradeTag, OverLimitTag } from '../ar/tags';
import { CustomerFormModal } from './CustomerForm';

const CustomerListQueryDoc = graphql(`
  query CustomerList(
    $search: String
    $filter: CustomerFilterInput
    $sort: CustomerSortField!
    $descending: Boolean!
    $first: Int!
    $after: String
  ) {
    customers(search: $search, filter: $filter, sort: $sort, descending: $descending, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        legalName
        shortName
        status
        creditHold
        overLimit
        grade
        latestAssessment {
          id
          status
          missing
        }
        creditLimit
        paymentTermsDays
        tags
        collector {
          id
          user {
            fullName
            email
          }
        }
        balances {
          openBalance
          overdueBalance
          worstDaysOverdue
        }
      }
    }
  }
`);

type Row = CustomerListQuery['customers']['nodes'][number];

const PAGE_SIZE = 20;
const STATUSES: CustomerStatus[] = ['ACTIVE', 'ON_HOLD', 'BLOCKED', 'ARCHIVED'];
const GRADES = ['AAA', 'AA', 'A', 'B', 'C'];
const SORT_KEYS: Record<string, CustomerSortField> = {
  code: 'CODE',
  legalName: 'LEGAL_NAME',
  createdAt: 'CREATED_AT',
  grade: 'GRADE',
  open: 'BALANCE',
  overdue: 'OVERDUE_AMOUNT',
  daysOverdue: 'DAYS_OVERDUE',
};

interface Filters {
  grades?: string[];
  statuses?: CustomerStatus[];
  collectorId?: string | null;
  tag?: string;
  overdue?: boolean;
}

export function CustomerList({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [filters, setFilters] = useState<Filters>({});
  const deferredTag = useDeferredValue(filters.tag);
  const [sort, setSort] = useState<{ field: CustomerSortField; descending: boolean }>({ field: 'CODE', descending: false });
  const pages = useCursorPages();

  const filter = {
    grades: filters.grades?.length ? filters.grades : null,
    statuses: filters.statuses?.length ? filters.statuses : null,
    collectorId: filters.collectorId ?? null,
    tag: deferredTag?.trim() || null,
    overdue: filters.overdue ? true : null,
  };
  const [{ data, error, fetching }, reload] = useQuery({
    query: CustomerListQueryDoc,
    variables: { search: deferredSearch.trim() || null, filter, sort: sort.field, descending: sort.descending, first: PAGE_SIZE, after: pages.after },
  });
  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    pages.reset();
  };

  const sortOrder = (field: CustomerSortField) => (sort.field === field ? (sort.descending ? 'descend' : 'ascend') : null);
  const columns: ColumnsType<Row> = [
    {
      title: t('customers.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: sort.field === 'CODE' ? (sort.descending ? 'descend' : 'ascend') : null,
      render: (code: string) => <span className="code-text">{code}</span>,
      width: 110,
      fixed: 'left',
    },
    {
      title: t('customers.name'),
      dataIndex: 'legalName',
      key: 'legalName',
      sorter: true,
      sortOrder: sort.field === 'LEGAL_NAME' ? (sort.descending ? 'descend' : 'ascend') : null,
      render: (_, c) => (
        <div>
          <Link to={`/customers/${c.id}`}>{c.legalName}</Link>
          {c.tags.length > 0 && (
            <div className="tag-line">
              {c.tags.map((tag) => (
                <Tag key={tag} variant="filled">
                  {tag}
                </Tag>
              ))}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('customers.grade'),
      dataIndex: 'grade',
      key: 'grade',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('GRADE'),
      render: (g: string | null, c) => <GradeTag grade={g} missing={c.latestAssessment?.status === 'INSUFFICIENT_DATA' ? c.latestAssessment.missing : null} />,
    },
    {
      title: t('customers.statusLabel'),
      dataIndex: 'status',
      width: 120,
      render: (s: CustomerStatus, c) => (
        <div className="tag-stack">
          {s !== 'ACTIVE' || !c.creditHold ? <CustomerStatusTag status={s} /> : null}
          {c.creditHold && c.creditHold !== 'STATUS' && <CreditHoldTag cause={c.creditHold} />}
          {c.overLimit && <OverLimitTag />}
        </div>
      ),
    },
    {
      title: t('customers.collector'),
      key: 'collector',
      render: (_, c) => (c.collector ? c.collector.user.fullName || c.collector.user.email : <span className="muted">—</span>),
    },
    { title: t('customers.creditLimit'), dataIndex: 'creditLimit', align: 'right', render: (v: string | null) => (v ? fmt.money(v) : <span className="muted">—</span>) },
    {
      title: t('customers.openBalance'),
      key: 'open',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('BALANCE'),
      render: (_, c) => fmt.money(c.balances.openBalance),
    },
    {
      title: t('customers.overdueBalance'),
      key: 'overdue',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('OVERDUE_AMOUNT'),
      render: (_, c) =>
        Number(c.balances.overdueBalance) > 0 ? (
          <Typography.Text type="danger">{fmt.money(c.balances.overdueBalance)}</Typography.Text>
        ) : (
          <span className="muted">{fmt.money('0')}</span>
        ),
    },
    {
      title: t('customers.daysOverdue'),
      key: 'daysOverdue',
      align: 'right',
      width: 110,
      sorter: true,
      sortOrder: sortOrder('DAYS_OVERDUE'),
      render: (_, c) =>
        c.balances.worstDaysOverdue > 0 ? t('arDashboard.days', { days: c.balances.worstDaysOverdue }) : <span className="muted">—</span>,
    },
    {
      title: t('customers.createdAt'),
      key: 'createdAt',
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sort.field === 'CREATED_AT' ? (sort.descending ? 'descend' : 'ascend') : null,
      hidden: true,
    },
  ];

  const connection = data?.customers;
  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('customers.description')}
        extra={
          <Space wrap>
            <ExportButtons
              kind="customers"
              filters={{ ...filter, search: deferredSearch.trim() || null, sort: sort.field, descending: sort.descending }}
            />
            {can('CUSTOMERS_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers/new')}>
                {t('customers.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Input.Search
            allowClear
            placeholder={t('customers.searchPlaceholder')}
            aria-label={t('customers.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              pages.reset();
            }}
            className="filter-search"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('customers.grade')}
            aria-label={t('customers.grade')}
            value={filters.grades}
            onChange={(grades) => change({ grades })}
            options={[...GRADES.map((g) => ({ value: g, label: g }))]}
            className="filter-select"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('customers.statusLabel')}
            aria-label={t('customers.statusLabel')}
            value={filters.statuses}
            onChange={(statuses) => change({ statuses })}
            options={STATUSES.map((s) => ({ value: s, label: t(`customers.status.${s}`) }))}
            className="filter-select"
          />
          <MemberSelect
            value={filters.collectorId}
            onChange={(collectorId) => change({ collectorId })}
            placeholder={t('customers.collector')}
            aria-label={t('customers.collector')}
            className="filter-select"
          />
          <Input
            allowClear
            placeholder={t('customers.tag')}
            aria-label={t('customers.tag')}
            value={filters.tag}
            onChange={(e) => change({ tag: e.target.value })}
            className="filter-search"
          />
          <label className="filter-switch">
            <Switch size="small" checked={!!filters.overdue} onChange={(overdue) => change({ overdue })} />
            {t('customers.onlyOverdue')}
          </label>
        </div>
      </Card>
      <Card>
        {error ? (
          <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
        ) : (
          <>
            <Table<Row>
              rowKey="id"
              data-testid="customers-table"
              columns={columns}
              dataSource={connection?.nodes ?? []}
              loading={fetching}
              pagination={false}
              scroll={{ x: 1100 }}
              onChange={(_, __, sorter) => {
                const s = sorter as SorterResult<Row>;
                const key = typeof s.columnKey === 'string' ? SORT_KEYS[s.columnKey] : undefined;
                setSort(s.order && key ? { field: key, descending: s.order === 'descend' } : { field: 'CODE', descending: false });
                pages.reset();
              }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.empty')} /> }}
            />
            {connection && (
              <Pager
                page={pages.page}
                total={connection.totalCount}
                hasNextPage={connection.pageInfo.hasNextPage}
                onPrevious={pages.previous}
                onNext={() => pages.next(connection.pageInfo.endCursor)}
              />
            )}
          </>
        )}
      </Card>
      {creating && (
        <CustomerFormModal
          onClose={() => navigate('/customers')}
          onSaved={(customer) => navigate(`/customers/${customer.id}`)}
        />
      )}
    </>
  );
}
