import { Alert, Card, Empty, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { DunningCalendarQuery, DunningSkipReason } from '../../gql/graphql';
import { CustomerSelect } from '../ar/CustomerSelect';
import { useArFormat } from '../ar/format';
import { offsetLabel } from './labels';

const DunningCalendar_ = graphql(`
  query DunningCalendar($customerId: ID!, $policyId: ID!, $from: Date!, $days: Int!) {
    dunningCalendar(customerId: $customerId, policyId: $policyId, from: $from, days: $days) {
      today
      followsPolicy
      policyEnabled
      entries {
        day
        offsetDays
        channel
        language
        recipient
        reason
        totals {
          currency
          amount
        }
        parts {
          invoiceId
          invoiceNumber
          sequence
          dueDate
          currency
          openAmount
          daysOverdue
          movedFrom
        }
      }
    }
  }
`);

type Entry = DunningCalendarQuery['dunningCalendar']['entries'][number];
const SPANS = [30, 60, 120];
const REASON_COLOR: Partial<Record<DunningSkipReason, string>> = { PAID: 'green', ALREADY_SENT: 'default', BELOW_MINIMUM: 'gold' };

/** What the saved policy would send a chosen customer, day by day, and why the rest is not sent. */
export function DunningCalendarCard({ policyId }: { policyId: string | null }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [days, setDays] = useState(30);
  const [{ data, error, fetching }, reload] = useQuery({
    query: DunningCalendar_,
    variables: { customerId: customerId ?? '', policyId: policyId ?? '', from: fmt.today(), days },
    pause: !customerId || !policyId,
  });
  const calendar = customerId ? data?.dunningCalendar : undefined;
  const weekday = useMemo(() => {
    const name = new Intl.DateTimeFormat(fmt.locale, { weekday: 'short', timeZone: 'UTC' });
    return (day: string) => `${fmt.day(day)} ${name.format(new Date(`${day}T00:00:00Z`))}`;
  }, [fmt]);

  const columns: ColumnsType<Entry> = [
    { title: t('dunning.calendar.day'), dataIndex: 'day', render: (day: string) => <span className="nowrap">{weekday(day)}</span> },
    {
      title: t('dunning.calendar.stage'),
      key: 'stage',
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <span className="nowrap">{offsetLabel(t, e.offsetDays)}</span>
          <span className="timeline-meta">
            {t(`dunning.channels.${e.channel}`)} · {t(`language.${e.language}` as 'language.en')}
          </span>
        </Space>
      ),
    },
    {
      title: t('dunning.calendar.invoices'),
      key: 'parts',
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          {e.parts.map((p) => (
            <span key={`${p.invoiceId}-${p.sequence}`} className="nowrap">
              {p.invoiceNumber}
              {p.sequence > 1 ? ` #${p.sequence}` : ''} · {fmt.money(p.openAmount, p.currency)}
              {p.movedFrom && <span className="timeline-meta"> · {t('dunning.calendar.movedFrom', { day: weekday(p.movedFrom) })}</span>}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t('dunning.calendar.total'),
      key: 'total',
      align: 'right',
      render: (_, e) => <span className="nowrap">{e.totals.map((x) => fmt.money(x.amount, x.currency)).join('; ')}</span>,
    },
    {
      title: t('dunning.calendar.outcome'),
      key: 'reason',
      render: (_, e) =>
        e.reason ? (
          <Tag color={REASON_COLOR[e.reason] ?? 'red'}>{t(`dunning.calendar.reasons.${e.reason}`)}</Tag>
        ) : (
          <Tag color="blue">{t('dunning.calendar.sends')}</Tag>
        ),
    },
  ];

  return (
    <Card title={t('dunning.calendar.title')} className="section-card" data-testid="dunning-calendar">
      {!policyId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dunning.calendar.saveFirst')} />
      ) : (
        <>
          <div className="filters">
            <CustomerSelect
              className="filter-select-wide"
              value={customerId}
              onChange={setCustomerId}
              aria-label={t('dunning.calendar.customer')}
              placeholder={t('dunning.calendar.customer')}
            />
            <Select
              className="filter-select"
              aria-label={t('dunning.calendar.span')}
              value={days}
              onChange={setDays}
              options={SPANS.map((n) => ({ value: n, label: t('dunning.calendar.days', { count: n }) }))}
            />
          </div>
          <p className="muted small-text">{t('dunning.calendar.help')}</p>
          {error && <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
          {calendar && !calendar.followsPolicy && <Alert type="info" showIcon className="section-card" message={t('dunning.calendar.notFollowed')} />}
          {customerId && (
            <Table<Entry>
              size="small"
              rowKey={(e) => `${e.day}-${e.offsetDays}-${e.reason ?? 'send'}-${e.parts[0]?.invoiceId ?? ''}`}
              data-testid="dunning-calendar-table"
              columns={columns}
              dataSource={calendar?.entries ?? []}
              loading={fetching}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dunning.calendar.empty')} /> }}
            />
          )}
        </>
      )}
    </Card>
  );
}
