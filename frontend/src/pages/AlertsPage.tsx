import { CheckCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert as AntAlert, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../api/useActionResult';
import { useCursorPages } from '../api/useCursorPages';
import { useFormErrors } from '../api/useFormErrors';
import { PageHeader } from '../components/PageHeader';
import { ExportButtons } from '../exports/ExportButtons';
import { CursorTable } from '../components/CursorTable';
import { alertParamLabel, alertParamValue, alertTitle } from '../features/credit/alertText';
import { ALERT_STATE_COLOR, SEVERITY_COLOR } from '../features/credit/labels';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import type { AlertFilterInput, AlertRuleKind, AlertSeverity, AlertState, AlertsPageQuery } from '../gql/graphql';
import { useWorkspace } from '../workspace/WorkspaceProvider';

const AlertsPageQueryDoc = graphql(`
  query AlertsPage($filter: AlertFilterInput, $first: Int!, $after: String) {
    alerts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        severity
        state
        code
        params {
          name
          kind
          value
          currency
        }
        assessmentId
        raisedAt
        acknowledgedAt
        resolvedAt
        resolutionNote
        customer {
          id
          code
          legalName
        }
        owner {
          id
          user {
            id
            fullName
          }
        }
        acknowledgedBy {
          id
          fullName
        }
        resolvedBy {
          id
          fullName
        }
      }
    }
  }
`);

const AlertSeverityCountsDoc = graphql(`
  query AlertSeverityCounts($filter: AlertFilterInput) {
    alertSeverityCounts(filter: $filter) {
      critical
      warning
      info
    }
  }
`);

const AlertAcknowledge = graphql(`
  mutation AlertAcknowledge($id: ID!) {
    alertAcknowledge(id: $id) {
      alert {
        id
        state
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const AlertResolve = graphql(`
  mutation AlertResolve($id: ID!, $note: String!) {
    alertResolve(id: $id, note: $note) {
      alert {
        id
        state
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type AlertRow = AlertsPageQuery['alerts']['nodes'][number];
const STATES: AlertState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
const SEVERITIES: AlertSeverity[] = ['CRITICAL', 'WARNING', 'INFO'];
const KINDS: AlertRuleKind[] = ['OVERDUE_DAYS', 'OVERDUE_AMOUNT', 'LIMIT_UTILIZATION', 'GRADE_DOWNGRADE', 'BROKEN_PROMISE', 'PUBLIC_RECORD'];
type StateFilter = 'UNRESOLVED' | AlertState | 'ALL';
const SEVERITY_FIELD = { CRITICAL: 'critical', WARNING: 'warning', INFO: 'info' } as const satisfies Record<AlertSeverity, string>;

export default function AlertsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useWorkspace();
  const canWork = can('ALERTS_WORK');
  const [stateFilter, setStateFilter] = useState<StateFilter>('UNRESOLVED');
  const [severities, setSeverities] = useState<AlertSeverity[]>([]);
  const [kinds, setKinds] = useState<AlertRuleKind[]>([]);
  const [resolving, setResolving] = useState<AlertRow | null>(null);
  const done = useActionResult();
  const [, acknowledge] = useMutation(AlertAcknowledge);

  const filter = useMemo<AlertFilterInput>(() => {
    const states: AlertState[] = stateFilter === 'UNRESOLVED' ? ['OPEN', 'ACKNOWLEDGED'] : stateFilter === 'ALL' ? STATES : [stateFilter];
    return { states, severities: severities.length ? severities : null, kinds: kinds.length ? kinds : null };
  }, [stateFilter, severities, kinds]);
  const variables = useMemo(() => ({ filter }), [filter]);
  const list = useCursorPages(AlertsPageQueryDoc, variables, (d) => d.alerts);
  const countsContext = useMemo(() => ({ additionalTypenames: ['Alert'] }), []);
  const [{ data: countsData }, reloadCounts] = useQuery({ query: AlertSeverityCountsDoc, variables, context: countsContext });
  const counts = countsData?.alertSeverityCounts;

  const refresh = () => {
    void list.reload();
    reloadCounts({ requestPolicy: 'network-only' });
  };

  const onAcknowledge = async (alert: AlertRow) => {
    const result = await acknowledge({ id: alert.id });
    if (done(result.error, result.data?.alertAcknowledge.errors, t('alerts.acknowledged', { title: alertTitle(t, alert) }))) refresh();
  };

  const columns: ColumnsType<AlertRow> = [
    {
      title: t('alerts.severity'),
      dataIndex: 'severity',
      width: 100,
      render: (severity: AlertSeverity) => <Tag color={SEVERITY_COLOR[severity]}>{t(`alerts.severities.${severity}`)}</Tag>,
    },
    {
      title: t('alerts.alert'),
      key: 'title',
      render: (_, alert) => (
        <div>
          <div className="strong-text" data-testid="alert-title">{alertTitle(t, alert)}</div>
          <Typography.Text type="secondary" className="small-text">{t(`alerts.kinds.${alert.kind}`)}</Typography.Text>
        </div>
      ),
    },
    {
      title: t('alerts.customer'),
      key: 'customer',
      render: (_, alert) =>
        alert.customer ? (
          <Link to={`/customers/${alert.customer.id}`}>
            {alert.customer.legalName}
            <span className="muted code-text"> · {alert.customer.code}</span>
          </Link>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      title: t('alerts.owner'),
      key: 'owner',
      className: 'nowrap',
      render: (_, alert) => alert.owner?.user.fullName ?? <span className="muted">{t('alerts.noOwner')}</span>,
    },
    {
      title: t('alerts.raisedAt'),
      dataIndex: 'raisedAt',
      className: 'nowrap',
      render: (v: string) => <span className="nowrap" title={format.dateTime(v)}>{format.relative(v)}</span>,
    },
    {
      title: t('alerts.state'),
      dataIndex: 'state',
      render: (state: AlertState) => <Tag color={ALERT_STATE_COLOR[state]}>{t(`alerts.states.${state}`)}</Tag>,
    },
    ...(canWork
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, alert: AlertRow) => (
              <Space size={0}>
                {alert.state === 'OPEN' && (
                  <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => onAcknowledge(alert)}>
                    {t('alerts.acknowledge')}
                  </Button>
                )}
                {alert.state !== 'RESOLVED' && (
                  <Button type="link" size="small" icon={<CheckCircleOutlined />} onClick={() => setResolving(alert)}>
                    {t('alerts.resolve')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('alerts.title')} description={t('alerts.description')} extra={<ExportButtons kind="alerts" filters={{ ...filter }} />} />
      <Row gutter={[16, 16]} className="stat-row" data-testid="alert-counts">
        <Col xs={12} sm={6}>
          <Card size="small">
            <Statistic title={t('alerts.counts.total')} value={list.total} loading={list.loading} />
          </Card>
        </Col>
        {SEVERITIES.map((severity) => (
          <Col xs={12} sm={6} key={severity}>
            <Card
              size="small"
              hoverable
              role="button"
              aria-pressed={severities.length === 1 && severities[0] === severity}
              onClick={() => setSeverities([severity])}
              data-testid={`alert-count-${severity}`}
            >
              <Statistic title={t(`alerts.counts.${severity}`)} value={counts?.[SEVERITY_FIELD[severity]] ?? '—'} loading={!counts} />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" className="small-text" data-testid="alert-counts-scope">
        {t('alerts.counts.scope', { state: t(`alerts.stateFilter.${stateFilter}`) })}
      </Typography.Paragraph>
      <Card>
        <Space wrap className="filter-bar">
          <Select<StateFilter>
            aria-label={t('alerts.state')}
            value={stateFilter}
            onChange={setStateFilter}
            className="filter-select"
            options={(['UNRESOLVED', 'OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'ALL'] as const).map((value) => ({ value, label: t(`alerts.stateFilter.${value}`) }))}
          />
          <Select<AlertSeverity[]>
            mode="multiple"
            allowClear
            aria-label={t('alerts.severity')}
            placeholder={t('alerts.anySeverity')}
            value={severities}
            onChange={setSeverities}
            className="filter-select-wide"
            options={SEVERITIES.map((value) => ({ value, label: t(`alerts.severities.${value}`) }))}
          />
          <Select<AlertRuleKind[]>
            mode="multiple"
            allowClear
            aria-label={t('alerts.kind')}
            placeholder={t('alerts.anyKind')}
            value={kinds}
            onChange={setKinds}
            className="filter-select-wide"
            options={KINDS.map((value) => ({ value, label: t(`alerts.kinds.${value}`) }))}
          />
          <Typography.Text type="secondary">{t('common.shownOf', { shown: list.nodes.length, total: list.total })}</Typography.Text>
        </Space>
        <CursorTable
          list={list}
          columns={columns}
          testId="alerts-table"
          empty={t('alerts.empty')}
          expandable={{ expandedRowRender: (alert) => <AlertDetails alert={alert} /> }}
          minWidth={960}
        />
      </Card>
      <ResolveModal
        alert={resolving}
        onClose={() => setResolving(null)}
        onResolved={() => {
          setResolving(null);
          refresh();
        }}
      />
    </>
  );
}

function AlertDetails({ alert }: { alert: AlertRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      {alert.params.map((param) => (
        <Descriptions.Item key={param.name} label={alertParamLabel(t, param)}>
          {alertParamValue(t, param)}
        </Descriptions.Item>
      ))}
      {alert.assessmentId && alert.customer && (
        <Descriptions.Item label={t('alerts.kinds.GRADE_DOWNGRADE')}>
          <Link to={`/customers/${alert.customer.id}?tab=credit`}>{t('alertMessages.assessment')}</Link>
        </Descriptions.Item>
      )}
      {alert.acknowledgedAt && (
        <Descriptions.Item label={t('alerts.acknowledgedBy')}>
          {alert.acknowledgedBy?.fullName ?? '—'} · {format.dateTime(alert.acknowledgedAt)}
        </Descriptions.Item>
      )}
      {alert.resolvedAt && (
        <Descriptions.Item label={t('alerts.resolvedBy')}>
          {alert.resolvedBy?.fullName ?? t('alerts.conditionCleared')} · {format.dateTime(alert.resolvedAt)}
        </Descriptions.Item>
      )}
      {alert.resolutionNote && <Descriptions.Item label={t('alerts.note')}>{alert.resolutionNote}</Descriptions.Item>}
    </Descriptions>
  );
}

const RESOLVE_FIELDS = ['note'] as const;

function ResolveModal({ alert, onClose, onResolved }: { alert: AlertRow | null; onClose(): void; onResolved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const { formErrors, show, clear } = useFormErrors(form, RESOLVE_FIELDS);
  const [{ fetching }, resolve] = useMutation(AlertResolve);
  const done = useActionResult();

  const submit = async ({ note }: { note?: string }) => {
    if (!alert) return;
    const result = await resolve({ id: alert.id, note: (note ?? '').trim() });
    const payload = result.data?.alertResolve;
    if (show(payload?.errors, result.error)) return;
    clear();
    done(undefined, [], t('alerts.resolved', { title: alertTitle(t, alert) }));
    onResolved();
  };

  return (
    <Modal
      open={alert !== null}
      title={t('alerts.resolveTitle')}
      okText={t('alerts.resolve')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit' }}
      confirmLoading={fetching}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="alert-resolve" clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      {formErrors.length > 0 && <AntAlert type="error" showIcon title={formErrors.join(' ')} className="form-alert" />}
      <Typography.Paragraph strong>{alert && alertTitle(t, alert)}</Typography.Paragraph>
      <Form.Item name="note" label={t('alerts.note')} extra={t('alerts.noteHelp')}>
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
    </Modal>
  );
}
