import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, InputNumber, Row, Select, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFormErrors } from '../../api/useFormErrors';
import { ExportButtons } from '../../exports/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { PerformanceComponentKey, PerformanceLeaderboardQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FormAlert } from '../ar/FormAlert';
import { useArFormat } from '../ar/format';
import { MemberSelect } from '../ar/MemberSelect';

const LeaderboardDoc = graphql(`
  query PerformanceLeaderboard($period: PerformancePeriodInput!) {
    performanceLeaderboard(period: $period) {
      start
      end
      currency
      rows {
        collectorId
        name
        email
        rank
        score
        customers
        beginningAr
        endingAr
        endingCurrentAr
        overdueStart
        overdueEnd
        creditSales
        cashCollected
        cashTarget
        cei
        standardDso
        actionsLogged
        promiseKeptRate
        components {
          key
          value
          target
          points
          weight
          effectiveWeight
          contribution
          excluded
        }
      }
    }
  }
`);

const SettingsDoc = graphql(`
  query PerformanceSettings {
    performanceSettings {
      cash
      cei
      dso
      overdueChange
      actions
      promises
      disputes
      disputeTargetDays
      version
    }
  }
`);

const SettingsUpdateDoc = graphql(`
  mutation PerformanceSettingsUpdate($input: PerformanceSettingsInput!) {
    performanceSettingsUpdate(input: $input) {
      settings {
        cash
        cei
        dso
        overdueChange
        actions
        promises
        disputes
        disputeTargetDays
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const TargetSetDoc = graphql(`
  mutation PerformanceTargetSet($input: PerformanceTargetInput!) {
    performanceTargetSet(input: $input) {
      target {
        collectorId
        month
        cashTarget
        actionsTarget
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Row = PerformanceLeaderboardQuery['performanceLeaderboard']['rows'][number];
type Preset = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'lastQuarter' | 'thisYear';
const PRESETS: Preset[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter', 'thisYear'];
const WEIGHT_KEYS = ['cash', 'cei', 'dso', 'overdueChange', 'actions', 'promises', 'disputes'] as const;
const WEIGHT_COMPONENT: Record<(typeof WEIGHT_KEYS)[number], PerformanceComponentKey> = {
  cash: 'CASH',
  cei: 'CEI',
  dso: 'DSO',
  overdueChange: 'OVERDUE_CHANGE',
  actions: 'ACTIONS',
  promises: 'PROMISES',
  disputes: 'DISPUTES',
};

/** A preset period in the organization's time, ending today at the latest. */
export function presetPeriod(preset: Preset, today: Dayjs): [Dayjs, Dayjs] {
  const quarterStart = today.startOf('month').subtract(today.month() % 3, 'month');
  switch (preset) {
    case 'thisMonth':
      return [today.startOf('month'), today];
    case 'lastMonth': {
      const start = today.startOf('month').subtract(1, 'month');
      return [start, start.endOf('month').startOf('day')];
    }
    case 'thisQuarter':
      return [quarterStart, today];
    case 'lastQuarter': {
      const start = quarterStart.subtract(3, 'month');
      return [start, quarterStart.subtract(1, 'day')];
    }
    case 'thisYear':
      return [today.startOf('year'), today];
  }
}

export default function PerformancePage() {
  const { t } = useTranslation();
  const { organization, can } = useWorkspace();
  const seesAll = can('PERFORMANCE_READ');
  const today = useMemo(() => dayjs(dayjs().tz(organization.timezone).format('YYYY-MM-DD')), [organization.timezone]);
  const [preset, setPreset] = useState<Preset | null>('lastMonth');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => presetPeriod('lastMonth', today));
  const period = { start: range[0].format('YYYY-MM-DD'), end: range[1].format('YYYY-MM-DD') };
  const [{ data, error, fetching }, reload] = useQuery({ query: LeaderboardDoc, variables: { period } });
  const rows = useMemo(() => data?.performanceLeaderboard.rows ?? [], [data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = rows.find((r) => r.collectorId === selectedId) ?? (seesAll ? undefined : rows[0]);

  return (
    <>
      <PageHeader title={t('performance.title')} description={seesAll ? t('performance.description') : t('performance.ownDescription')} />
      <Card className="performance-period">
        <div className="card-tools">
          <Select
            aria-label={t('performance.period')}
            value={preset}
            placeholder={t('performance.period')}
            onChange={(value: Preset) => {
              setPreset(value);
              setRange(presetPeriod(value, today));
            }}
            options={PRESETS.map((p) => ({ value: p, label: t(`performance.presets.${p}`) }))}
            className="performance-preset"
          />
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            disabledDate={(d) => d.isAfter(today, 'day')}
            onChange={(value) => {
              if (value?.[0] && value[1]) {
                setPreset(null);
                setRange([value[0], value[1]]);
              }
            }}
            aria-label={t('performance.period')}
          />
        </div>
      </Card>
      <Row gutter={[16, 16]} className="performance-body">
        <Col xs={24}>
          <Card title={t('performance.leaderboard')} extra={<ExportButtons kind="performance" filters={period} disabled={rows.length === 0} />}>
            {error ? (
              <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />
            ) : !data && fetching ? (
              <Skeleton active />
            ) : (
              <Leaderboard rows={rows} selectedId={selected?.collectorId} onSelect={setSelectedId} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Breakdown row={selected} />
        </Col>
        {can('PERFORMANCE_MANAGE') && (
          <>
            <Col xs={24} xl={12}>
              <WeightsForm onSaved={() => reload({ requestPolicy: 'network-only' })} />
            </Col>
            <Col xs={24} xl={12}>
              <TargetForm today={today} onSaved={() => reload({ requestPolicy: 'network-only' })} />
            </Col>
          </>
        )}
      </Row>
    </>
  );
}

function Leaderboard({ rows, selectedId, onSelect }: { rows: Row[]; selectedId?: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  if (rows.length === 0) return <Empty description={t('performance.noCollectors')} />;
  return (
    <Table
      size="small"
      rowKey="collectorId"
      data-testid="performance-leaderboard"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      rowClassName={(r) => (r.collectorId === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect(r.collectorId), className: 'clickable-row' })}
      columns={[
        { title: t('performance.rank'), dataIndex: 'rank', width: 64, render: (v: number | null) => v ?? '—' },
        {
          title: t('performance.collector'),
          dataIndex: 'name',
          render: (_: string, r: Row) => (
            <Button type="link" className="link-cell" onClick={() => onSelect(r.collectorId)}>
              {r.name || r.email}
            </Button>
          ),
        },
        {
          title: t('performance.score'),
          dataIndex: 'score',
          align: 'right',
          render: (v: string | null) => (v === null ? <Typography.Text type="secondary">{t('performance.noScore')}</Typography.Text> : <strong>{fmt.number(v)}</strong>),
        },
        { title: t('performance.customers'), dataIndex: 'customers', align: 'right' },
        { title: t('performance.cashCollected'), dataIndex: 'cashCollected', align: 'right', render: (v: string) => fmt.money(v) },
        { title: t('performance.cei'), dataIndex: 'cei', align: 'right', render: (v: string | null) => (v === null ? '—' : `${fmt.number(v)}%`) },
        { title: t('performance.dso'), dataIndex: 'standardDso', align: 'right', render: (v: string | null) => fmt.number(v) },
        { title: t('performance.actionsLogged'), dataIndex: 'actionsLogged', align: 'right' },
        { title: t('performance.promiseKeptRate'), dataIndex: 'promiseKeptRate', align: 'right', render: (v: string | null) => fmt.percent(v) },
      ]}
    />
  );
}

type Format = ReturnType<typeof useArFormat>;

function componentValue(t: TFunction, fmt: Format, key: PerformanceComponentKey, value: string | null): string {
  if (value === null) return '—';
  switch (key) {
    case 'CASH':
    case 'OVERDUE_CHANGE':
      return fmt.money(value);
    case 'CEI':
      return `${fmt.number(value)}%`;
    case 'DSO':
    case 'DISPUTES':
      return String(t('performance.days', { value: fmt.number(value) }));
    case 'PROMISES':
      return fmt.percent(value);
    case 'ACTIONS':
      return fmt.quantity(value);
  }
}

function componentTarget(t: TFunction, fmt: Format, key: PerformanceComponentKey, target: string | null): string {
  if (target === null) return '—';
  if (key === 'CASH') return fmt.money(target);
  if (key === 'DSO' || key === 'DISPUTES') return String(t(`performance.targetOf.${key}`, { value: fmt.number(target) }));
  return fmt.quantity(target);
}

function Breakdown({ row }: { row?: Row }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  if (!row) {
    return (
      <Card title={t('performance.breakdown')}>
        <Empty description={t('performance.pickCollector')} />
      </Card>
    );
  }
  const scaled = row.components.some((c) => c.excluded !== null);
  return (
    <Card
      title={t('performance.breakdownOf', { name: row.name || row.email })}
      extra={
        <span className="performance-score" data-testid="performance-score">
          {t('performance.total')}: <strong>{row.score === null ? '—' : fmt.number(row.score)}</strong>
        </span>
      }
      data-testid="performance-breakdown"
    >
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={row.components}
        scroll={{ x: 860 }}
        columns={[
          { title: t('performance.component'), dataIndex: 'key', render: (k: PerformanceComponentKey) => t(`performance.components.${k}`) },
          { title: t('performance.value'), dataIndex: 'value', align: 'right', render: (v: string | null, c) => componentValue(t, fmt, c.key, v) },
          { title: t('performance.target'), dataIndex: 'target', align: 'right', render: (v: string | null, c) => componentTarget(t, fmt, c.key, v) },
          {
            title: t('performance.points'),
            dataIndex: 'points',
            align: 'right',
            render: (v: string | null, c) => (v === null && c.excluded ? <Tag>{t(`performance.excluded.${c.excluded}`)}</Tag> : fmt.number(v)),
          },
          { title: t('performance.weight'), dataIndex: 'weight', align: 'right' },
          { title: t('performance.effectiveWeight'), dataIndex: 'effectiveWeight', align: 'right', render: (v: string | null) => (v === null ? '—' : `${fmt.number(v)}%`) },
          { title: t('performance.contribution'), dataIndex: 'contribution', align: 'right', render: (v: string | null) => fmt.quantity(v) },
        ]}
      />
      {scaled && <Typography.Text type="secondary" className="table-note">{t('performance.scaledNote')}</Typography.Text>}
      <Descriptions size="small" className="performance-figures" title={t('performance.figures')} column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('performance.beginningAr')}>{fmt.money(row.beginningAr)}</Descriptions.Item>
        <Descriptions.Item label={t('performance.creditSales')}>{fmt.money(row.creditSales)}</Descriptions.Item>
        <Descriptions.Item label={t('performance.endingAr')}>{fmt.money(row.endingAr)}</Descriptions.Item>
        <Descriptions.Item label={t('performance.endingCurrentAr')}>{fmt.money(row.endingCurrentAr)}</Descriptions.Item>
        <Descriptions.Item label={t('performance.overdueStart')}>{fmt.money(row.overdueStart)}</Descriptions.Item>
        <Descriptions.Item label={t('performance.overdueEnd')}>{fmt.money(row.overdueEnd)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type WeightValues = Record<(typeof WEIGHT_KEYS)[number], number> & { disputeTargetDays: number };

function WeightsForm({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WeightValues>();
  const [{ data }] = useQuery({ query: SettingsDoc });
  const [{ fetching }, update] = useMutation(SettingsUpdateDoc);
  const { formErrors, show, clear } = useFormErrors(form, ['disputeTargetDays']);
  const settings = data?.performanceSettings;
  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [settings, form]);
  const values = Form.useWatch([], form);
  const sum = WEIGHT_KEYS.reduce((total, key) => total + (Number(values?.[key]) || 0), 0);
  const submit = async (v: WeightValues) => {
    clear();
    const weights = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, v[k]])) as Record<(typeof WEIGHT_KEYS)[number], number>;
    const result = await update({ input: { weights, disputeTargetDays: v.disputeTargetDays, version: settings?.version } });
    if (show(result.data?.performanceSettingsUpdate.errors, result.error)) return;
    message.success(t('performance.saved'));
    onSaved();
  };
  return (
    <Card title={t('performance.settings')} data-testid="performance-settings">
      <Typography.Paragraph type="secondary">{t('performance.settingsHelp')}</Typography.Paragraph>
      <FormAlert errors={formErrors} />
      <Form form={form} layout="vertical" onFinish={submit} disabled={!settings}>
        <Row gutter={12}>
          {WEIGHT_KEYS.map((key) => (
            <Col xs={12} sm={8} key={key}>
              <Form.Item name={key} label={t(`performance.components.${WEIGHT_COMPONENT[key]}`)} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} precision={0} className="full-width" />
              </Form.Item>
            </Col>
          ))}
          <Col xs={12} sm={8}>
            <Form.Item name="disputeTargetDays" label={t('performance.disputeTargetDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={365} precision={0} className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <div className="card-tools">
          <Typography.Text type={sum === 100 ? 'secondary' : 'danger'} data-testid="weights-sum">{t('performance.weightsSum', { sum })}</Typography.Text>
          <Button type="primary" htmlType="submit" loading={fetching}>{t('performance.save')}</Button>
        </div>
      </Form>
    </Card>
  );
}

interface TargetValues {
  collectorId: string;
  month: Dayjs;
  cashTarget: string | null;
  actionsTarget: number | null;
}
const TARGET_FIELDS = ['collectorId', 'month', 'cashTarget', 'actionsTarget'];

function TargetForm({ today, onSaved }: { today: Dayjs; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const [{ fetching }, setTarget] = useMutation(TargetSetDoc);
  const { formErrors, show, clear } = useFormErrors(form, TARGET_FIELDS);
  const submit = async (v: TargetValues) => {
    clear();
    const result = await setTarget({
      input: {
        collectorId: v.collectorId,
        month: v.month.format('YYYY-MM-01'),
        cashTarget: v.cashTarget === null || v.cashTarget === undefined || v.cashTarget === '' ? null : String(v.cashTarget),
        actionsTarget: v.actionsTarget ?? null,
      },
    });
    if (show(result.data?.performanceTargetSet.errors, result.error)) return;
    message.success(t('performance.targetSaved'));
    onSaved();
  };
  return (
    <Card title={t('performance.targets')} data-testid="performance-targets">
      <Typography.Paragraph type="secondary">{t('performance.targetsHelp')}</Typography.Paragraph>
      <FormAlert errors={formErrors} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ month: today.startOf('month') }}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="collectorId" label={t('performance.collector')} rules={[{ required: true, message: t('performance.chooseCollector') }]}>
              <MemberSelect roles={['COLLECTOR']} placeholder={t('performance.chooseCollector')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="month" label={t('performance.month')} rules={[{ required: true }]}>
              <DatePicker picker="month" allowClear={false} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="cashTarget" label={t('performance.cashTarget')}>
              <InputNumber<string> min="0" precision={2} stringMode className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="actionsTarget" label={t('performance.actionsTarget')}>
              <InputNumber min={0} precision={0} className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={fetching}>{t('performance.saveTarget')}</Button>
      </Form>
    </Card>
  );
}
