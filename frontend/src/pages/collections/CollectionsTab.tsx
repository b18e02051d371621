import { AuditOutlined, CalendarOutlined, DownOutlined, ExclamationCircleOutlined, FilePdfOutlined, PauseCircleOutlined, PhoneOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Empty, Skeleton, Tag, Timeline } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../format/useFormat';
import { graphql } from '../../gql';
import type { CollectionLetterKind, CollectionTimelineQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';
import { DisputeModal } from './DisputeModal';
import { actionNote, offsetLabel } from './labels';
import { LEGAL_STAGES, LegalCaseCloseModal, LegalCaseOpenModal } from './LegalCaseModal';
import { LogCallModal } from './LogCallModal';
import { PauseModal } from './PauseModal';
import { PlanModal } from './PlanModal';
import './collections.css';

const Timeline_ = graphql(`
  query CollectionTimeline($customerId: ID!, $first: Int, $after: String) {
    dunningPause(customerId: $customerId) {
      id
      until
      reason
    }
    collectionTimeline(customerId: $customerId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        kind
        at
        reminder {
          id
          offsetDays
          channel
          status
          recipient
          subject
        }
        action {
          id
          channel
          direction
          outcome
          note
          noteCode
          noteParams
          nextFollowUpOn
          collector {
            id
            user {
              fullName
              email
            }
          }
        }
        promise {
          id
          amount
          currency
          promisedOn
          status
          paidAmount
          keptRatio
          note
        }
        plan {
          id
          amount
          currency
          status
          defaultAfterDays
          installments {
            sequence
            dueDate
            amount
            paidAmount
          }
        }
        dispute {
          id
          reason
          amount
          currency
          status
          resolution
          description
        }
        legalCase {
          id
          stage
          status
          outcome
          lawFirm
          totalCosts
          currency
          version
        }
      }
    }
  }
`);

const LegalCaseAdvance = graphql(`
  mutation LegalCaseAdvance($id: ID!, $version: Int!, $input: LegalCaseAdvanceInput!) {
    legalCaseAdvance(id: $id, version: $version, input: $input) {
      legalCase {
        id
        stage
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const DunningResume = graphql(`
  mutation DunningResume($customerId: ID!) {
    dunningResume(customerId: $customerId) {
      pausesLifted
      errors {
        field
        code
        message
      }
    }
  }
`);

const LetterCreate = graphql(`
  mutation CollectionLetterCreate($customerId: ID!, $kind: CollectionLetterKind!) {
    collectionLetterCreate(customerId: $customerId, kind: $kind) {
      url
      errors {
        field
        code
        message
      }
    }
  }
`);

type Entry = CollectionTimelineQuery['collectionTimeline']['nodes'][number];
type Dialog = 'log' | 'dispute' | 'pause' | 'plan' | 'legal' | { close: { id: string; version: number } } | null;
const PAGE = 50;

const STATUS_COLOR: Record<string, string> = {
  OPEN: 'blue', KEPT: 'green', BROKEN: 'red', ACTIVE: 'blue', COMPLETED: 'green', DEFAULTED: 'red', CANCELLED: 'default',
  RESOLVED: 'green', CLOSED: 'default', SENT: 'green', TASK_CREATED: 'blue',
};

/** The customer's 催收 tab: one timeline of what was sent and done, and the collector's actions. */
export function CollectionsTab({ customerId, customerName }: { customerId: string; customerName: string }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const { can } = useWorkspace();
  const [after, setAfter] = useState<string | null>(null);
  const [older, setOlder] = useState<Entry[]>([]);
  const context = useMemo(() => ({ additionalTypenames: ['CollectionAction', 'PromiseToPay', 'Dispute', 'PaymentPlan', 'LegalCase'] }), []);
  const [{ data, error, fetching }, reload] = useQuery({ query: Timeline_, variables: { customerId, first: PAGE, after }, context });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [{ fetching: resuming }, resume] = useMutation(DunningResume);
  const [, advance] = useMutation(LegalCaseAdvance);
  const [{ fetching: writing }, createLetter] = useMutation(LetterCreate);
  const [letter, setLetter] = useState<{ kind: CollectionLetterKind; url: string } | null>(null);
  const done = useActionResult();
  const page = data?.collectionTimeline;
  const entries = after === null ? page?.nodes ?? [] : [...older, ...(page?.nodes ?? [])];

  const refresh = () => {
    setOlder([]);
    setAfter(null);
    reload({ requestPolicy: 'network-only' });
  };
  const saved = () => {
    setDialog(null);
    refresh();
  };
  const doResume = async () => {
    const result = await resume({ customerId });
    const lifted = result.data?.dunningResume.pausesLifted ?? 0;
    if (done(result.error, result.data?.dunningResume.errors, lifted ? t('collections.pause.resumed') : t('collections.pause.nothingToResume'))) refresh();
  };

  // The PDF opens from a link the person clicks (a window opened after the request would be blocked).
  const writeLetter = async (kind: CollectionLetterKind) => {
    setLetter(null);
    const result = await createLetter({ customerId, kind });
    const url = result.data?.collectionLetterCreate.url;
    if (done(result.error, result.data?.collectionLetterCreate.errors, t('collections.letters.written')) && url) {
      setLetter({ kind, url });
      refresh();
    }
  };

  const caseActions = (legalCase: NonNullable<Entry['legalCase']>) => {
    if (legalCase.status !== 'OPEN' || !can('COLLECTIONS_WORK')) return null;
    const next = LEGAL_STAGES[LEGAL_STAGES.indexOf(legalCase.stage) + 1];
    return (
      <div className="worklist-row-actions">
        {next && (
          <Button
            size="small"
            onClick={async () => {
              const result = await advance({ id: legalCase.id, version: legalCase.version, input: { stage: next } });
              const stage = t(`collections.legalStages.${next}`);
              if (done(result.error, result.data?.legalCaseAdvance.errors, t('collections.legal.advanced', { stage }))) refresh();
            }}
          >
            {t('collections.legal.advanceTo', { stage: t(`collections.legalStages.${next}`) })}
          </Button>
        )}
        <Button size="small" onClick={() => setDialog({ close: { id: legalCase.id, version: legalCase.version } })}>
          {t('collections.legal.close')}
        </Button>
      </div>
    );
  };

  if (error) return <QueryError error={error} onRetry={refresh} />;
  return (
    <div data-testid="collections-tab">
      {can('COLLECTIONS_WORK') && (
        <div className="collections-toolbar">
          <Button type="primary" icon={<PhoneOutlined />} onClick={() => setDialog('log')}>
            {t('collections.log.button')}
          </Button>
          <Button icon={<ExclamationCircleOutlined />} onClick={() => setDialog('dispute')}>
            {t('collections.dispute.button')}
          </Button>
          <Button icon={<CalendarOutlined />} onClick={() => setDialog('plan')}>
            {t('collections.plan.button')}
          </Button>
          <Button icon={<AuditOutlined />} onClick={() => setDialog('legal')}>
            {t('collections.legal.button')}
          </Button>
          <Dropdown
            disabled={writing}
            menu={{
              items: (['COLLECTION', 'LAWYER'] as const).map((kind) => ({
                key: kind,
                label: t(`collections.letters.kinds.${kind}`),
                onClick: () => void writeLetter(kind),
              })),
            }}
          >
            <Button icon={<FilePdfOutlined />} loading={writing}>
              {t('collections.letters.menu')} <DownOutlined />
            </Button>
          </Dropdown>
          <Dropdown
            menu={{
              items: [
                { key: 'pause', icon: <PauseCircleOutlined />, label: t('collections.pause.button'), onClick: () => setDialog('pause') },
                { key: 'resume', icon: <PlayCircleOutlined />, label: t('collections.pause.resume'), disabled: resuming, onClick: doResume },
              ],
            }}
          >
            <Button>
              {t('collections.pause.menu')} <DownOutlined />
            </Button>
          </Dropdown>
        </div>
      )}
      {data?.dunningPause && (
        <Alert
          className="collections-banner"
          type="warning"
          showIcon
          data-testid="dunning-paused"
          message={
            data.dunningPause.until
              ? t('collections.pause.inForce', { day: fmt.day(data.dunningPause.until) })
              : t('collections.pause.inForceOpen')
          }
          description={data.dunningPause.reason}
        />
      )}
      {letter && (
        <Alert
          className="collections-banner"
          type="success"
          showIcon
          closable
          onClose={() => setLetter(null)}
          message={t(`collections.letters.kinds.${letter.kind}`)}
          description={
            <a href={letter.url} target="_blank" rel="noopener noreferrer" data-testid="letter-link">
              {t('collections.letters.open')}
            </a>
          }
        />
      )}
      {!page && fetching ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('collections.timeline.empty')} />
      ) : (
        <Timeline
          className="collection-timeline"
          data-testid="collection-timeline"
          items={entries.map((e) => ({ key: `${e.kind}-${entryId(e)}`, color: entryColor(e), children: <EntryView entry={e} t={t} actions={e.legalCase ? caseActions(e.legalCase) : null} /> }))}
        />
      )}
      {page?.pageInfo.hasNextPage && (
        <Button
          className="load-more"
          loading={fetching}
          onClick={() => {
            setOlder(entries);
            setAfter(page.pageInfo.endCursor ?? null);
          }}
        >
          {t('common.loadMore')}
        </Button>
      )}
      {dialog === 'log' && <LogCallModal customerId={customerId} customerName={customerName} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'dispute' && <DisputeModal customerId={customerId} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'pause' && <PauseModal customerId={customerId} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'plan' && <PlanModal customerId={customerId} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'legal' && <LegalCaseOpenModal customerId={customerId} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog !== null && typeof dialog === 'object' && <LegalCaseCloseModal legalCase={dialog.close} onClose={() => setDialog(null)} onSaved={saved} />}
    </div>
  );
}

function entryId(e: Entry): string {
  return e.reminder?.id ?? e.action?.id ?? e.promise?.id ?? e.plan?.id ?? e.dispute?.id ?? e.legalCase?.id ?? '';
}

function entryColor(e: Entry): string {
  if (e.promise) return e.promise.status === 'BROKEN' ? 'red' : e.promise.status === 'KEPT' ? 'green' : 'blue';
  if (e.plan?.status === 'DEFAULTED' || e.legalCase) return 'red';
  if (e.dispute) return e.dispute.status === 'OPEN' ? 'orange' : 'green';
  return e.reminder ? 'gray' : 'blue';
}

function EntryView({ entry, t, actions }: { entry: Entry; t: TFunction; actions: ReactNode }) {
  const fmt = useArFormat();
  const format = useFormat();
  const when = <span className="timeline-meta">{format.dateTime(entry.at)}</span>;
  const tag = (status: string, label: string) => <Tag color={STATUS_COLOR[status] ?? 'default'}>{label}</Tag>;
  const { reminder, action, promise, plan, dispute, legalCase } = entry;
  let title: ReactNode = null;
  let detail: ReactNode = null;
  if (reminder) {
    title = (
      <>
        {t('collections.timeline.reminder', { channel: t(`dunning.channels.${reminder.channel}`), stage: offsetLabel(t, reminder.offsetDays) })}{' '}
        {tag(reminder.status, t(`collections.reminderStatus.${reminder.status}`))}
      </>
    );
    detail = reminder.recipient ? `${reminder.recipient}${reminder.subject ? ` · ${reminder.subject}` : ''}` : null;
  } else if (action) {
    const note = actionNote(t, action);
    const who = action.collector ? action.collector.user.fullName || action.collector.user.email : '';
    title = (
      <>
        {t(`collections.actionChannels.${action.channel}`)} · {t(`collections.outcomes.${action.outcome}`)}
        {who && <span className="timeline-meta"> · {who}</span>}
      </>
    );
    detail = (
      <>
        {note && <div className="timeline-note">{note}</div>}
        {action.nextFollowUpOn && <div className="timeline-meta">{t('collections.timeline.followUp', { day: fmt.day(action.nextFollowUpOn) })}</div>}
      </>
    );
  } else if (promise) {
    title = (
      <>
        {t('collections.timeline.promise', { amount: fmt.money(promise.amount, promise.currency), day: fmt.day(promise.promisedOn) })}{' '}
        {tag(promise.status, t(`collections.promiseStatus.${promise.status}`))}
      </>
    );
    detail = promise.status !== 'OPEN' && (
      <div className="timeline-meta">{t('collections.timeline.promisePaid', { amount: fmt.money(promise.paidAmount, promise.currency), ratio: fmt.percent(promise.keptRatio ?? '0', 0) })}</div>
    );
  } else if (plan) {
    title = (
      <>
        {t('collections.timeline.plan', { amount: fmt.money(plan.amount, plan.currency), count: plan.installments.length })}{' '}
        {tag(plan.status, t(`collections.planStatus.${plan.status}`))}
      </>
    );
    detail = (
      <ul className="timeline-list">
        {plan.installments.map((i) => (
          <li key={i.sequence}>
            {t('collections.timeline.installment', { n: i.sequence, day: fmt.day(i.dueDate), amount: fmt.money(i.amount, plan.currency), paid: fmt.money(i.paidAmount, plan.currency) })}
          </li>
        ))}
      </ul>
    );
  } else if (dispute) {
    title = (
      <>
        {t('collections.timeline.dispute', { reason: t(`collections.disputeReasons.${dispute.reason}`), amount: fmt.money(dispute.amount, dispute.currency) })}{' '}
        {tag(dispute.status, t(`collections.disputeStatus.${dispute.status}`))}
      </>
    );
    detail = dispute.description && <div className="timeline-note">{dispute.description}</div>;
  } else if (legalCase) {
    title = (
      <>
        {t('collections.timeline.legal', { stage: t(`collections.legalStages.${legalCase.stage}`) })}{' '}
        {tag(legalCase.status, t(`collections.legalStatus.${legalCase.status}`))}
      </>
    );
    detail = (
      <div className="timeline-meta">
        {[legalCase.lawFirm, t('collections.timeline.legalCosts', { amount: fmt.money(legalCase.totalCosts, legalCase.currency) })].filter(Boolean).join(' · ')}
      </div>
    );
  }
  return (
    <div data-testid={`timeline-${entry.kind.toLowerCase()}`}>
      <div>{title}</div>
      {detail}
      {actions}
      {when}
    </div>
  );
}
