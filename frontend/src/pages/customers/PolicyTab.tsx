import { Alert, Descriptions, Empty, Skeleton, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import { PAGES } from '../../navigation';
import { useArFormat } from '../ar/format';
import { GradeTag } from '../ar/tags';
import type { PAYMENT_METHODS } from '../settings/CreditSettingsPage';

type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const CustomerPolicy = graphql(`
  query CustomerPolicy($id: ID!) {
    customer(id: $id) {
      id
      creditPolicy {
        grade
        creditLimit
        paymentTermsDays
        gradePolicy {
          creditLimitCap
          revenueLimitPct
          paymentTermsDays
          allowedPaymentMethods
          prepaymentRequired
          guaranteeRequired
          creditHold
          holdOverdueDays
        }
        activeOverride {
          id
          creditLimit
          paymentTermsDays
          reason
          expiresOn
          status
        }
      }
      creditOverrides {
        id
        creditLimit
        paymentTermsDays
        reason
        status
        createdAt
      }
    }
  }
`);

/** The grade's policy and any override in force, read-only (requests are decided on the approvals page). */
export function PolicyTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerPolicy, variables: { id: customerId } });
  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data && fetching) return <Skeleton active />;
  const policy = data?.customer?.creditPolicy;
  if (!policy) return <Empty description={t('custPolicy.none')} />;
  const grade = policy.gradePolicy;
  const yesNo = (v: boolean) => (v ? <Tag color="orange">{t('common.yes')}</Tag> : t('custPolicy.no'));
  const approvals = PAGES.find((page) => page.path === 'approvals' || page.path === 'credit/approvals');
  const override = policy.activeOverride;
  return (
    <Space direction="vertical" size="middle" className="full-width">
      {override && (
        <Alert
          type="info"
          showIcon
          title={t('custPolicy.overrideInForce')}
          description={t('custPolicy.overrideText', {
            limit: override.creditLimit ? fmt.money(override.creditLimit) : '—',
            terms: override.paymentTermsDays ?? '—',
            expires: override.expiresOn ? fmt.day(override.expiresOn) : t('custPolicy.noExpiry'),
            reason: override.reason,
          })}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'grade', label: t('custCredit.grade'), children: <GradeTag grade={policy.grade} /> },
          { key: 'limit', label: t('custPolicy.effectiveLimit'), children: policy.creditLimit ? fmt.money(policy.creditLimit) : t('custPolicy.unlimited') },
          { key: 'terms', label: t('custPolicy.effectiveTerms'), children: policy.paymentTermsDays !== null && policy.paymentTermsDays !== undefined ? t('arDashboard.days', { days: policy.paymentTermsDays }) : '—' },
          { key: 'cap', label: t('custPolicy.limitCap'), children: grade.creditLimitCap ? fmt.money(grade.creditLimitCap) : t('custPolicy.unlimited') },
          { key: 'pct', label: t('custPolicy.revenuePct'), children: grade.revenueLimitPct ? `${fmt.number(grade.revenueLimitPct)}%` : '—' },
          { key: 'gterms', label: t('custPolicy.gradeTerms'), children: t('arDashboard.days', { days: grade.paymentTermsDays }) },
          { key: 'methods', label: t('custPolicy.methods'), children: grade.allowedPaymentMethods.length ? grade.allowedPaymentMethods.map((m) => <Tag key={m}>{t(`creditSettings.methods.${m as PaymentMethod}`, { defaultValue: m })}</Tag>) : t('custPolicy.anyMethod') },
          { key: 'prepay', label: t('custPolicy.prepayment'), children: yesNo(grade.prepaymentRequired) },
          { key: 'guarantee', label: t('custPolicy.guarantee'), children: yesNo(grade.guaranteeRequired) },
          { key: 'hold', label: t('custPolicy.creditHold'), children: yesNo(grade.creditHold) },
          { key: 'holdDays', label: t('custPolicy.holdOverdueDays'), children: grade.holdOverdueDays ?? '—' },
        ]}
      />
      {(data?.customer?.creditOverrides.length ?? 0) > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.customer?.creditOverrides ?? []}
          columns={[
            { title: t('custPolicy.overrideLimit'), dataIndex: 'creditLimit', render: (v: string | null) => (v ? fmt.money(v) : '—') },
            { title: t('custPolicy.overrideTerms'), dataIndex: 'paymentTermsDays', render: (v: number | null) => v ?? '—' },
            { title: t('custPolicy.reason'), dataIndex: 'reason' },
            { title: t('custPolicy.status'), dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
          ]}
        />
      )}
      {approvals && <Link to={`/${approvals.path}`}>{t('custPolicy.requestOverride')}</Link>}
    </Space>
  );
}
