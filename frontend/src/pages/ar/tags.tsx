import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { missingDataText } from '../../features/credit/factorText';
import type { CustomerStatus, HoldCause, InvoiceStatus, PaymentStatus } from '../../gql/graphql';

const INVOICE_COLORS: Record<InvoiceStatus, string> = {
  DRAFT: 'default',
  ISSUED: 'blue',
  PARTIALLY_PAID: 'gold',
  PAID: 'green',
  VOID: 'default',
  WRITTEN_OFF: 'volcano',
};

export function InvoiceStatusTag({ status, overdue }: { status: InvoiceStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={INVOICE_COLORS[status]}>{t(`invoices.status.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('invoices.overdue')}</Tag>}
    </>
  );
}

const CUSTOMER_COLORS: Record<CustomerStatus, string> = { ACTIVE: 'green', ON_HOLD: 'orange', BLOCKED: 'red', ARCHIVED: 'default' };

export function CustomerStatusTag({ status }: { status: CustomerStatus }) {
  const { t } = useTranslation();
  return <Tag color={CUSTOMER_COLORS[status]}>{t(`customers.status.${status}`)}</Tag>;
}

/** A credit hold that does not come from the status (the grade's policy, or days overdue). */
export function CreditHoldTag({ cause }: { cause: HoldCause }) {
  const { t } = useTranslation();
  return (
    <Tag color="orange" title={t(`customers.holdCause.${cause}`)}>
      {t('customers.creditHold')}
    </Tag>
  );
}

export function OverLimitTag() {
  const { t } = useTranslation();
  return <Tag color="red">{t('customers.overLimit')}</Tag>;
}

const GRADE_COLORS: Record<string, string> = { AAA: 'green', AA: 'cyan', A: 'blue', B: 'gold', C: 'red' };

/** The grade; without one, "insufficient data" with what is missing when the latest assessment
 * could not score the customer (`missing` given), else "ungraded". */
export function GradeTag({ grade, missing }: { grade: string | null | undefined; missing?: readonly string[] | null }) {
  const { t, i18n } = useTranslation();
  if (!grade && missing?.length) {
    return (
      <Tooltip title={missingDataText(t, i18n.language, missing)}>
        <Tag color="orange" data-testid="insufficient-data">
          {t('customers.insufficientData')}
        </Tag>
      </Tooltip>
    );
  }
  if (!grade) return <Tag>{t('customers.ungraded')}</Tag>;
  return <Tag color={GRADE_COLORS[grade] ?? 'default'}>{grade}</Tag>;
}

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'RECEIVED' ? 'green' : 'red'}>{t(`payments.status.${status}`)}</Tag>;
}

/** Is an issued invoice past its due date (org-local today as YYYY-MM-DD)? */
export function isOverdue(invoice: { status: InvoiceStatus; dueDate?: string | null }, today: string): boolean {
  return (invoice.status === 'ISSUED' || invoice.status === 'PARTIALLY_PAID') && !!invoice.dueDate && invoice.dueDate < today;
}
