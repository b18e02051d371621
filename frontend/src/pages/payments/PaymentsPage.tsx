import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Input, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ExportButtons } from '../../exports/ExportButtons';
import type { PaymentFilter, PaymentStatus } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { CustomerSelect } from '../ar/CustomerSelect';
import { PaymentDetail } from './PaymentDetail';
import { PaymentTable } from './PaymentTable';
import { RecordPaymentModal } from './RecordPaymentModal';

export default function PaymentsPage() {
  return (
    <Routes>
      <Route index element={<PaymentListPage />} />
      <Route path=":id" element={<PaymentDetail />} />
    </Routes>
  );
}

function PaymentListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [status, setStatus] = useState<PaymentStatus | undefined>();
  const [hasUnapplied, setHasUnapplied] = useState(false);
  const [unmatched, setUnmatched] = useState(false);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [recording, setRecording] = useState(false);
  const filter = useMemo<PaymentFilter>(
    () => ({
      search: deferredSearch || null,
      customerId: customerId ?? null,
      status: status ?? null,
      hasUnapplied: hasUnapplied || null,
      unmatched: unmatched || null,
      receivedFrom: range?.[0]?.format('YYYY-MM-DD') ?? null,
      receivedTo: range?.[1]?.format('YYYY-MM-DD') ?? null,
    }),
    [deferredSearch, customerId, status, hasUnapplied, unmatched, range],
  );
  return (
    <>
      <PageHeader
        title={t('payments.title')}
        description={t('payments.description')}
        extra={
          <Space wrap>
            <ExportButtons kind="payments" filters={{ ...filter }} />
            {can('PAYMENTS_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                {t('payments.record')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Input.Search allowClear placeholder={t('payments.searchPlaceholder')} aria-label={t('payments.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} className="filter-search" />
          <CustomerSelect value={customerId} onChange={setCustomerId} allowClear aria-label={t('invoices.customer')} className="filter-select-wide" />
          <Select
            allowClear
            placeholder={t('invoices.statusLabel')}
            aria-label={t('invoices.statusLabel')}
            value={status}
            onChange={setStatus}
            options={(['RECEIVED', 'REVERSED'] as const).map((s) => ({ value: s, label: t(`payments.status.${s}`) }))}
            className="filter-select"
          />
          <DatePicker.RangePicker allowEmpty={[true, true]} value={range} onChange={(v) => setRange(v)} placeholder={[t('payments.receivedFrom'), t('payments.receivedTo')]} />
          <label className="filter-switch">
            <Switch size="small" checked={hasUnapplied} onChange={setHasUnapplied} />
            {t('payments.onlyUnapplied')}
          </label>
          <label className="filter-switch">
            <Switch size="small" checked={unmatched} onChange={setUnmatched} />
            {t('payments.onlyUnmatched')}
          </label>
        </div>
      </Card>
      <Card>
        <PaymentTable filter={filter} />
      </Card>
      {recording && (
        <RecordPaymentModal
          onClose={() => setRecording(false)}
          onDone={(id) => {
            setRecording(false);
            message.success(t('payments.recorded'));
            navigate(`/payments/${id}`);
          }}
        />
      )}
    </>
  );
}
