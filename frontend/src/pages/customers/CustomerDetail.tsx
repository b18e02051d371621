import { ArrowLeftOutlined, EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Statistic, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { CustomerDetailQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { CustomerStatusTag, GradeTag } from '../ar/tags';
import { CollectionsTab } from '../collections/CollectionsTab';
import { InvoiceTable } from '../invoices/InvoiceTable';
import { PaymentTable } from '../payments/PaymentTable';
import { UnappliedCash } from '../payments/UnappliedCash';
import { ContactsTab } from './ContactsTab';
import { CreditTab } from './CreditTab';
import { CustomerFormModal } from './CustomerForm';
import { DocumentsTab, DocumentsTabLabel } from './DocumentsTab';
import { PolicyTab } from './PolicyTab';
import { StatementsTab } from './StatementsTab';

const CustomerDetailQueryDoc = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
      grade
      score
      latestAssessment {
        id
        status
        missing
      }
      creditLimit
      paymentTermsDays
      createdAt
      updatedAt
      owner {
        id
        user {
          fullName
          email
        }
      }
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
      openAlerts {
        id
      }
      documentWarnings {
        id
      }
    }
  }
`);

export type CustomerDetailData = NonNullable<CustomerDetailQuery['customer']>;

const TABS = ['profile', 'contacts', 'documents', 'credit', 'policy', 'collections', 'invoices', 'payments', 'statements'] as const;

export function CustomerDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'profile';
  const [editing, setEditing] = useState(false);
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerDetailQueryDoc, variables: { id } });
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error) return <QueryError error={error} onRetry={refresh} />;
  if (!data && fetching) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  const customer = data?.customer;
  if (!customer) {
    return (
      <Result
        status="404"
        title={t('customers.notFound')}
        extra={<Link to="/customers"><Button type="primary">{t('customers.backToList')}</Button></Link>}
      />
    );
  }
  const who = (m: { user: { fullName: string; email: string } } | null | undefined) => (m ? m.user.fullName || m.user.email : '—');

  return (
    <>
      <PageHeader
        documentTitle={customer.shortName || customer.legalName}
        title={
          <Space wrap>
            <Link to="/customers" aria-label={t('customers.backToList')} className="back-link">
              <ArrowLeftOutlined />
            </Link>
            {customer.legalName}
            <CustomerStatusTag status={customer.status} />
            <GradeTag grade={customer.grade} missing={customer.latestAssessment?.status === 'INSUFFICIENT_DATA' ? customer.latestAssessment.missing : null} />
          </Space>
        }
        description={`${customer.code}${customer.shortName ? ` · ${customer.shortName}` : ''}`}
        extra={
          <Space>
            {can('CUSTOMERS_MANAGE') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('customers.edit')}
              </Button>
            )}
            {can('INVOICES_MANAGE') && (
              <Link to={`/invoices/new?customer=${customer.id}`}>
                <Button type="primary" icon={<FileAddOutlined />}>{t('invoices.new')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]} className="summary-row">
        <Col xs={12} lg={6}>
          <Card size="small"><Statistic title={t('customers.openBalance')} value={fmt.money(customer.balances.openBalance)} /></Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('customers.overdueBalance')}
              value={fmt.money(customer.balances.overdueBalance)}
              styles={{ content: { color: Number(customer.balances.overdueBalance) > 0 ? '#d64541' : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small"><Statistic title={t('customers.creditLimit')} value={customer.creditLimit ? fmt.money(customer.creditLimit) : '—'} /></Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('customers.paymentTerms')}
              value={customer.paymentTermsDays ?? '—'}
              suffix={customer.paymentTermsDays !== null && customer.paymentTermsDays !== undefined ? t('arDashboard.daysUnit') : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <Tabs
          className="wrapping-tabs"
          activeKey={tab}
          onChange={(key) => setParams(key === 'profile' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'profile',
              label: t('customers.tabs.profile'),
              children: (
                <Descriptions
                  column={{ xs: 1, md: 2, xl: 3 }}
                  size="small"
                  items={[
                    { key: 'code', label: t('customers.code'), children: <span className="code-text">{customer.code}</span> },
                    { key: 'creditCode', label: t('customers.creditCode'), children: customer.creditCode || '—' },
                    { key: 'tax', label: t('customers.taxNumber'), children: customer.taxNumber || '—' },
                    { key: 'industry', label: t('customers.industry'), children: customer.industry || '—' },
                    { key: 'region', label: t('customers.region'), children: customer.region || '—' },
                    { key: 'address', label: t('customers.address'), children: customer.address || '—' },
                    { key: 'website', label: t('customers.website'), children: customer.website || '—' },
                    { key: 'founded', label: t('customers.foundedOn'), children: fmt.day(customer.foundedOn) },
                    { key: 'capital', label: t('customers.registeredCapital'), children: customer.registeredCapital ? fmt.money(customer.registeredCapital) : '—' },
                    { key: 'collector', label: t('customers.collector'), children: who(customer.collector) },
                    { key: 'owner', label: t('customers.owner'), children: who(customer.owner) },
                    { key: 'score', label: t('customers.score'), children: customer.score ?? '—' },
                    {
                      key: 'tags',
                      label: t('customers.tags'),
                      children: customer.tags.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—',
                    },
                    { key: 'created', label: t('customers.createdAt'), children: <DateTime iso={customer.createdAt} /> },
                    { key: 'updated', label: t('customers.updatedAt'), children: <DateTime iso={customer.updatedAt} /> },
                    { key: 'notes', label: t('customers.notes'), children: customer.notes || '—', span: 'filled' },
                  ]}
                />
              ),
            },
            { key: 'contacts', label: t('customers.tabs.contacts'), children: <ContactsTab customerId={customer.id} /> },
            {
              key: 'documents',
              label: <DocumentsTabLabel warnings={customer.documentWarnings.length} />,
              children: <DocumentsTab customerId={customer.id} onChanged={refresh} />,
            },
            { key: 'credit', label: t('customers.tabs.credit'), children: <CreditTab customerId={customer.id} onAssessed={refresh} /> },
            { key: 'policy', label: t('customers.tabs.policy'), children: <PolicyTab customerId={customer.id} /> },
            {
              key: 'collections',
              label: t('collections.tab'),
              children: <CollectionsTab customerId={customer.id} customerName={customer.shortName || customer.legalName} />,
            },
            {
              key: 'invoices',
              label: t('customers.tabs.invoices'),
              children: <InvoiceTable filter={{ customerId: customer.id }} hideCustomer />,
            },
            {
              key: 'payments',
              label: t('customers.tabs.payments'),
              children: (
                <>
                  <UnappliedCash customerId={customer.id} />
                  <PaymentTable filter={{ customerId: customer.id }} hideCustomer />
                </>
              ),
            },
            { key: 'statements', label: t('customers.tabs.statements'), children: <StatementsTab customerId={customer.id} /> },
          ]}
        />
      </Card>
      {editing && (
        <CustomerFormModal
          customer={customer}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refresh();
            navigate(`/customers/${customer.id}`, { replace: true });
          }}
        />
      )}
    </>
  );
}

function DateTime({ iso }: { iso: string }) {
  const format = useFormat();
  return <span>{format.dateTime(iso)}</span>;
}
