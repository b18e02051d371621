// The cut of the KPI report: a customer, a collector's customers, a grade's customers, a currency.
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsCut } from '../../gql/graphql';
import { CustomerSelect } from '../ar/CustomerSelect';
import { MemberSelect } from '../ar/MemberSelect';

export interface Cut {
  customerId?: string;
  collectorId?: string;
  grade?: string;
  currency?: string;
}

const GRADES = ['AAA', 'AA', 'A', 'B', 'C'];
const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'];

/** The GraphQL input of a cut (null when nothing is chosen). */
export function cutInput(cut: Cut): AnalyticsCut | null {
  const input: AnalyticsCut = {};
  if (cut.customerId) input.customerId = cut.customerId;
  if (cut.collectorId) input.collectorId = cut.collectorId;
  if (cut.grade) input.grade = cut.grade;
  if (cut.currency) input.currency = cut.currency;
  return Object.keys(input).length ? input : null;
}

export function CutBar({ cut, onChange }: { cut: Cut; onChange(cut: Cut): void }) {
  const { t } = useTranslation();
  return (
    <div className="analytics-cut" data-testid="kpi-cut">
      <CustomerSelect
        value={cut.customerId ?? null}
        onChange={(v) => onChange({ ...cut, customerId: v ?? undefined })}
        allowClear
        placeholder={t('analytics.cut.customer')}
        aria-label={t('analytics.cut.customer')}
      />
      <MemberSelect
        value={cut.collectorId ?? null}
        onChange={(v) => onChange({ ...cut, collectorId: v ?? undefined })}
        roles={['COLLECTOR', 'FINANCE', 'ADMIN', 'OWNER']}
        placeholder={t('analytics.cut.collector')}
        aria-label={t('analytics.cut.collector')}
      />
      <Select
        value={cut.grade}
        onChange={(v?: string) => onChange({ ...cut, grade: v })}
        allowClear
        placeholder={t('analytics.cut.grade')}
        aria-label={t('analytics.cut.grade')}
        options={GRADES.map((g) => ({ value: g, label: g }))}
      />
      <Select
        value={cut.currency}
        onChange={(v?: string) => onChange({ ...cut, currency: v })}
        allowClear
        placeholder={t('analytics.cut.currency')}
        aria-label={t('analytics.cut.currency')}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
      />
      {cut.currency ? <Typography.Text type="secondary">{t('analytics.cut.currencyNote')}</Typography.Text> : null}
    </div>
  );
}
