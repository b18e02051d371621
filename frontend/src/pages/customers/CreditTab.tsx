import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Progress, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { QualitativeProfileCard } from '../../features/credit/QualitativeProfileCard';
import { factorLabel, factorNote, factorValue, missingDataText } from '../../features/credit/factorText';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import { translateOr } from '../../i18n';
import type { CustomerCreditQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { GradeTag } from '../ar/tags';

const CustomerCredit = graphql(`
  query CustomerCredit($id: ID!) {
    customer(id: $id) {
      id
      latestAssessment {
        id
        asOf
        status
        missing
        score
        grade
        previousGrade
        method
        suggestedLimit
        createdAt
        assessedBy {
          fullName
          email
        }
        factors {
          key
          group
          unit
          valueParam {
            name
            kind
            value
            currency
          }
          points
          weight
          contribution
          note
        }
      }
      assessments(first: 20) {
        totalCount
        nodes {
          id
          asOf
          status
          missing
          score
          grade
          previousGrade
          method
          suggestedLimit
          createdAt
        }
      }
    }
  }
`);

const CreditAssess = graphql(`
  mutation CreditAssess($customerId: ID!) {
    creditAssess(customerId: $customerId) {
      assessment {
        id
        status
        grade
        score
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Customer = NonNullable<CustomerCreditQuery['customer']>;
type Factor = NonNullable<Customer['latestAssessment']>['factors'][number];
type Assessment = Customer['assessments']['nodes'][number];

export function CreditTab({ customerId, onAssessed }: { customerId: string; onAssessed(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const fmt = useArFormat();
  const format = useFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerCredit, variables: { id: customerId } });
  const [running, setRunning] = useState(false);
  const [, assess] = useMutation(CreditAssess);

  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data && fetching) return <Skeleton active />;
  const latest = data?.customer?.latestAssessment;

  const run = async () => {
    setRunning(true);
    const result = await assess({ customerId });
    setRunning(false);
    const errors = result.data?.creditAssess.errors ?? [];
    if (result.error) message.error(combinedErrorText(t, result.error));
    else if (errors[0]) message.error(errorText(t, errors[0]));
    else {
      const assessment = result.data?.creditAssess.assessment;
      if (assessment?.status === 'INSUFFICIENT_DATA') message.warning(t('custCredit.assessedUnscored'));
      else message.success(t('custCredit.assessed', { grade: assessment?.grade, score: assessment?.score }));
      reload({ requestPolicy: 'network-only' });
      onAssessed();
    }
  };

  const factorColumns: ColumnsType<Factor> = [
    { title: t('custCredit.group'), dataIndex: 'group', width: 120, render: (g: string) => <Tag variant="filled">{translateOr(t, `custCredit.groups.${g}`, g)}</Tag> },
    { title: t('custCredit.factor'), key: 'factor', render: (_, f) => factorLabel(t, f.key) },
    {
      title: t('custCredit.value'),
      key: 'value',
      render: (_, f) => factorValue(t, f) ?? <span className="muted">{t('custCredit.unknown')}</span>,
    },
    {
      title: t('custCredit.points'),
      dataIndex: 'points',
      width: 170,
      render: (points: number) => <Progress percent={points} size="small" format={(p) => `${p}`} status={points < 40 ? 'exception' : 'normal'} />,
    },
    { title: t('custCredit.weight'), dataIndex: 'weight', align: 'right', width: 80, render: (w: number) => `${w}%` },
    { title: t('custCredit.contribution'), dataIndex: 'contribution', align: 'right', width: 100 },
    { title: t('custCredit.note'), dataIndex: 'note', render: (n: string | null) => factorNote(t, n) },
  ];
  const historyColumns: ColumnsType<Assessment> = [
    { title: t('custCredit.asOf'), dataIndex: 'asOf', render: (d: string) => fmt.day(d) },
    { title: t('custCredit.grade'), key: 'grade', render: (_, a) => <><GradeTag grade={a.grade} missing={a.missing} />{a.previousGrade && a.previousGrade !== a.grade && <span className="muted">← {a.previousGrade}</span>}</> },
    { title: t('custCredit.score'), dataIndex: 'score', align: 'right', render: (v: string | null) => v ?? '—' },
    { title: t('custCredit.suggestedLimit'), dataIndex: 'suggestedLimit', align: 'right', render: (v: string | null) => (v ? fmt.money(v) : '—') },
    { title: t('custCredit.method'), dataIndex: 'method', render: (m: string) => t(m === 'MANUAL' ? 'custCredit.manual' : 'custCredit.automatic') },
    { title: t('custCredit.createdAt'), dataIndex: 'createdAt', render: (v: string) => format.dateTime(v) },
  ];

  return (
    <>
      <div className="tab-toolbar">
        {can('CREDIT_ASSESS') && (
          <Button type="primary" icon={<ThunderboltOutlined />} loading={running} onClick={run}>
            {t('custCredit.runAssessment')}
          </Button>
        )}
      </div>
      <QualitativeProfileCard customerId={customerId} onSaved={onAssessed} />
      {latest ? (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Card size="small" title={t('custCredit.latest')} data-testid="latest-assessment">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                items={[
                  { key: 'grade', label: t('custCredit.grade'), children: <GradeTag grade={latest.grade} missing={latest.missing} /> },
                  { key: 'score', label: t('custCredit.score'), children: <Typography.Text strong>{latest.score ?? '—'}</Typography.Text> },
                  { key: 'limit', label: t('custCredit.suggestedLimit'), children: latest.suggestedLimit ? fmt.money(latest.suggestedLimit) : '—' },
                  { key: 'asOf', label: t('custCredit.asOf'), children: fmt.day(latest.asOf) },
                  { key: 'method', label: t('custCredit.method'), children: t(latest.method === 'MANUAL' ? 'custCredit.manual' : 'custCredit.automatic') },
                  { key: 'by', label: t('custCredit.assessedBy'), children: latest.assessedBy ? latest.assessedBy.fullName || latest.assessedBy.email : t('custCredit.system') },
                ]}
              />
              {latest.status === 'INSUFFICIENT_DATA' ? (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="unscored"
                  title={missingDataText(t, i18n.language, latest.missing)}
                  description={t('custCredit.unscoredHelp')}
                />
              ) : (
                <Table rowKey="key" size="small" columns={factorColumns} dataSource={latest.factors} pagination={false} className="factor-table" scroll={{ x: 800 }} />
              )}
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('custCredit.history')}>
              <Table rowKey="id" size="small" columns={historyColumns} dataSource={data?.customer?.assessments.nodes ?? []} pagination={false} />
            </Card>
          </Col>
        </Row>
      ) : (
        <Empty description={t('custCredit.none')} />
      )}
    </>
  );
}
