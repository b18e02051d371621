import { Card, Col, Descriptions, Empty, Progress, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { currencyName } from '../format/money';
import { useFormat } from '../format/useFormat';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useAllMembers, type OrganizationMember } from '../workspace/members';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { actionLabel, actorLabel, membersByUserId, targetTypeLabel } from './audit/labels';
import { ActivityChart } from './dashboard/ActivityChart';

const RecentActivity = graphql(`
  query RecentActivity {
    auditLog(first: 8) {
      nodes {
        id
        action
        targetType
        actorType
        actorUserId
        createdAt
      }
    }
  }
`);

const ROLES: Role[] = ['OWNER', 'ADMIN', 'FINANCE', 'COLLECTOR', 'SALES', 'AUDITOR'];

export default function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer, organization, can } = useWorkspace();
  const { members, error: membersError, loading: membersLoading, reload } = useAllMembers();
  const canAudit = can('AUDIT_READ');

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: viewer.fullName || viewer.email })}
        description={t('dashboard.subtitle', { organization: organization.name })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.members')} value={members?.length ?? 0} loading={membersLoading && !members} />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.yourRole')} value={organization.viewerRole ? t(`roles.${organization.viewerRole}`) : '—'} />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title={t('dashboard.baseCurrency')}
              value={organization.baseCurrency}
              suffix={<span className="statistic-suffix">{currencyName(organization.baseCurrency, format.locale)}</span>}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.timezone')} value={organization.timezone} />
          </Card>
        </Col>

        {canAudit && (
          <Col xs={24} xl={16}>
            <Card title={t('dashboard.activityTrend')}>
              <ActivityChart timeZone={organization.timezone} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={canAudit ? 8 : 12}>
          <Card
            title={t('dashboard.teamByRole')}
            extra={can('MEMBERS_MANAGE') && <Link to="/settings/members">{t('dashboard.manageMembers')}</Link>}
          >
            {membersError ? (
              <QueryError error={membersError} onRetry={reload} />
            ) : members ? (
              <TeamByRole members={members} />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        {!canAudit && (
          <Col xs={24} xl={12}>
            <Card title={t('dashboard.organization')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: t('org.name'), children: organization.name },
                  {
                    key: 'locale',
                    label: t('dashboard.documentLanguage'),
                    children: t(organization.locale === 'EN' ? 'language.en' : 'language.zh-CN'),
                  },
                  { key: 'created', label: t('dashboard.createdAt'), children: format.date(organization.createdAt) },
                ]}
              />
            </Card>
          </Col>
        )}
        {canAudit && (
          <Col xs={24}>
            <Card title={t('dashboard.recentActivity')} extra={<Link to="/audit">{t('dashboard.viewAll')}</Link>}>
              <RecentActivityList members={members} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}

function TeamByRole({ members }: { members: readonly OrganizationMember[] }) {
  const { t } = useTranslation();
  const counts = useMemo(() => {
    const byRole = new Map<Role, number>();
    for (const member of members) byRole.set(member.role, (byRole.get(member.role) ?? 0) + 1);
    return ROLES.filter((role) => byRole.has(role)).map((role) => ({ role, count: byRole.get(role) ?? 0 }));
  }, [members]);
  if (counts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="role-bars" aria-label={t('dashboard.teamByRole')}>
      {counts.map(({ role, count }) => (
        <li key={role}>
          <span className="role-bars-label">{t(`roles.${role}`)}</span>
          <Progress percent={(count / members.length) * 100} showInfo={false} size="small" />
          <span className="role-bars-count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

function RecentActivityList({ members }: { members: readonly OrganizationMember[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }, reload] = useQuery({ query: RecentActivity });
  const byUser = useMemo(() => membersByUserId(members), [members]);

  if (error) return <QueryError error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Skeleton active />;
  const entries = data?.auditLog.nodes ?? [];
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noActivity')} />;
  return (
    <ul className="activity-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="activity-line">
            <Typography.Text strong>{actorLabel(t, entry, byUser)}</Typography.Text>
            <span>{actionLabel(t, entry.action)}</span>
            <Tag variant="filled">{targetTypeLabel(t, entry.targetType)}</Tag>
          </span>
          <Typography.Text type="secondary" title={format.dateTime(entry.createdAt)}>
            {format.relative(entry.createdAt)}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
