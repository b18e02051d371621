import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountStatementStatus } from '../../gql/graphql';

const COLORS: Record<AccountStatementStatus, string> = {
  DRAFT: 'default',
  SENT: 'processing',
  CONFIRMED: 'success',
  DISPUTED: 'error',
  RESOLVED: 'warning',
  EXPIRED: 'default',
};

export const STATEMENT_STATUSES = Object.keys(COLORS) as AccountStatementStatus[];

export function StatementStatusTag({ status }: { status: AccountStatementStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`reconciliation.status.${status}`)}</Tag>;
}
