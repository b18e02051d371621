import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ExportButtons } from '../../exports/ExportButtons';
import type { InvoiceFilter, InvoiceStatus } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { CustomerSelect } from '../ar/CustomerSelect';
import { InvoiceTable } from './InvoiceTable';

export const INVOICE_STATUSES: InvoiceStatus[] = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID', 'WRITTEN_OFF'];

export function InvoiceListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useWorkspace();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const [status, setStatus] = useState<InvoiceStatus[]>([]);
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [disputed, setDisputed] = useState(false);
  const [due, setDue] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  const filter = useMemo<InvoiceFilter>(
    () => ({
      search: deferredSearch || null,
      status: status.length ? status : null,
      customerId: customerId ?? null,
      overdue: overdue || null,
      disputed: disputed || null,
      dueFrom: due?.[0]?.format('YYYY-MM-DD') ?? null,
      dueTo: due?.[1]?.format('YYYY-MM-DD') ?? null,
    }),
    [deferredSearch, status, customerId, overdue, disputed, due],
  );

  return (
    <>
      <PageHeader
        title={t('invoices.title')}
        description={t('invoices.description')}
        extra={
          <Space wrap>
            <ExportButtons kind="invoices" filters={{ ...filter, sort: 'CREATED_AT', descending: true }} />
            {can('INVOICES_MANAGE') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/invoices/new')}>
                {t('invoices.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="filters-card">
        <div className="filters">
          <Input.Search
            allowClear
            placeholder={t('invoices.searchPlaceholder')}
            aria-label={t('invoices.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="filter-search"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('invoices.statusLabel')}
            aria-label={t('invoices.statusLabel')}
            value={status}
            onChange={setStatus}
            options={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`invoices.status.${s}`) }))}
            className="filter-select-wide"
          />
          <CustomerSelect value={customerId} onChange={setCustomerId} allowClear aria-label={t('invoices.customer')} className="filter-select-wide" />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={due}
            onChange={(v) => setDue(v)}
            placeholder={[t('invoices.dueFrom'), t('invoices.dueTo')]}
          />
          <label className="filter-switch">
            <Switch size="small" checked={overdue} onChange={setOverdue} />
            {t('invoices.onlyOverdue')}
          </label>
          <label className="filter-switch">
            <Switch size="small" checked={disputed} onChange={setDisputed} />
            {t('invoices.onlyDisputed')}
          </label>
        </div>
      </Card>
      <Card>
        <InvoiceTable filter={filter} />
      </Card>
    </>
  );
}
