/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, from 1900-01-01 to 2099-12-31 (docs/input-rules.md). */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with a timezone offset (2030-01-01T00:00:00+08:00 or …Z), from 1970 to the end of 2099 (docs/input-rules.md). */
  DateTime: { input: string; output: string; }
  /** A decimal number as a string ("1234.50"); integers and JSON numbers are accepted. Finite and at most 9999999999999999.99 in absolute value; amounts take two decimal places, rates six (docs/input-rules.md). */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AccountError = {
  __typename?: 'AccountError';
  code: AccountErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type AccountErrorCode =
  | 'ALREADY_MEMBER'
  | 'HAS_DOCUMENTS'
  | 'INACTIVE_USER'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_CURRENCY'
  | 'INVALID_EMAIL'
  | 'INVALID_EXPIRY'
  | 'INVALID_REFRESH_TOKEN'
  | 'INVALID_SCOPE'
  | 'INVALID_TIMEZONE'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_INVALID'
  | 'LAST_OWNER'
  | 'NOT_FOUND'
  | 'OWNER_ONLY'
  | 'RATE_LIMITED'
  | 'REFRESH_TOKEN_REUSED'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'WEAK_PASSWORD';

export type AccountStatement = {
  __typename?: 'AccountStatement';
  /** Every visit and answer through its links, newest first. */
  accessLog: Array<StatementAccessEntry>;
  /** Aging at the closing date in base currency, and the unapplied cash beside it. */
  aging: Scalars['JSON']['output'];
  baseCurrency: Scalars['String']['output'];
  closingBalance: Scalars['Decimal']['output'];
  closingBalanceBase: Scalars['Decimal']['output'];
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  confirmedByName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  /** Every discrepancy the customer raised, oldest first. */
  discrepancies: Array<StatementDiscrepancy>;
  disputedAt?: Maybe<Scalars['DateTime']['output']>;
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The lines with their running balance: the current revision unless another is named. */
  lines: Array<AccountStatementLine>;
  /** The same lines as `lines` as one compact table: `columns` (names as in `lines`), then `rows`, one array of values per line (amounts and dates as strings). For statements with thousands of lines: one field instead of ten per line. */
  linesTable: Scalars['JSON']['output'];
  /** The links sent, newest first. */
  links: Array<StatementLinkInfo>;
  number: Scalars['String']['output'];
  openItemsOnly: Scalars['Boolean']['output'];
  /** As of the day before the period (balance-forward statements). */
  openingBalance: Scalars['Decimal']['output'];
  openingBalanceBase: Scalars['Decimal']['output'];
  /** A link to the PDF that works for 15 minutes without signing in. */
  pdfUrl: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Bumped on each re-send after a dispute or expiry; each revision keeps its lines. */
  revision: Scalars['Int']['output'];
  sendCount: Scalars['Int']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  snapshotAt: Scalars['DateTime']['output'];
  status: AccountStatementStatus;
  totalCredits: Scalars['Decimal']['output'];
  totalDebits: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
  /** A link to the XLSX that works for 15 minutes without signing in. */
  xlsxUrl: Scalars['String']['output'];
};


export type AccountStatementLinesArgs = {
  revision?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountStatementLinesTableArgs = {
  revision?: InputMaybe<Scalars['Int']['input']>;
};

export type AccountStatementConnection = {
  __typename?: 'AccountStatementConnection';
  edges: Array<AccountStatementEdge>;
  nodes: Array<AccountStatement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountStatementCreateInput = {
  /** The documents in this currency; default the base currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  /** List what is open at the closing date instead of every movement. */
  openItemsOnly?: Scalars['Boolean']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
};

export type AccountStatementEdge = {
  __typename?: 'AccountStatementEdge';
  cursor: Scalars['String']['output'];
  node: AccountStatement;
};

export type AccountStatementFilterInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Statements whose period ends on or after this date. */
  periodFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Statements whose period starts on or before this date. */
  periodTo?: InputMaybe<Scalars['Date']['input']>;
  statuses?: InputMaybe<Array<AccountStatementStatus>>;
};

export type AccountStatementLine = {
  __typename?: 'AccountStatementLine';
  /** Running balance after this line. */
  balance: Scalars['Decimal']['output'];
  /** Debit − credit in the base currency at the document's rate. */
  baseAmount: Scalars['Decimal']['output'];
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
  documentDate: Scalars['Date']['output'];
  documentId: Scalars['ID']['output'];
  documentNumber: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  exchangeRate: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  kind: AccountStatementLineKind;
  /** Open-item statements: what is still open of the document. */
  openAmount?: Maybe<Scalars['Decimal']['output']>;
  position: Scalars['Int']['output'];
  reference: Scalars['String']['output'];
};

export type AccountStatementLineKind =
  | 'CREDIT_NOTE'
  | 'INVOICE'
  | 'PAYMENT'
  | 'PAYMENT_REVERSAL'
  | 'REFUND'
  | 'WRITE_OFF';

export type AccountStatementPayload = {
  __typename?: 'AccountStatementPayload';
  errors: Array<ReconciliationError>;
  statement?: Maybe<AccountStatement>;
};

export type AccountStatementStatus =
  | 'CONFIRMED'
  | 'DISPUTED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'RESOLVED'
  | 'SENT';

export type AgingBasis =
  | 'DUE_DATE'
  | 'INVOICE_DATE';

export type AgingBucket = {
  __typename?: 'AgingBucket';
  amount: Scalars['Decimal']['output'];
  /** With a currency cut: the amount in that currency (null otherwise). */
  documentAmount?: Maybe<Scalars['Decimal']['output']>;
  fromDays?: Maybe<Scalars['Int']['output']>;
  /** Invoices having an open part in this bucket: an installment invoice counts in each bucket it has a part in. */
  invoiceCount: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  toDays?: Maybe<Scalars['Int']['output']>;
};

/** The aging table by customer (largest total first) with the totals of every customer. */
export type AgingByCustomer = {
  __typename?: 'AgingByCustomer';
  /** totalCount: customers with something open. */
  rows: CustomerAgingConnection;
  totals: AgingReport;
};

/** Open AR by bucket in the base currency, from the ledger as of a date. */
export type AgingReport = {
  __typename?: 'AgingReport';
  asOf: Scalars['Date']['output'];
  basis: AgingBasis;
  buckets: Array<AgingBucket>;
  /** The currency of a currency cut (null: every currency). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Customers with something open. */
  customerCount: Scalars['Int']['output'];
  /** With a currency cut: the total in that currency. */
  documentTotal?: Maybe<Scalars['Decimal']['output']>;
  /** Open invoices, each counted once (not the sum of the buckets' counts). */
  invoiceCount: Scalars['Int']['output'];
  total: Scalars['Decimal']['output'];
};

export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<User>;
  /** The assessment that downgraded the grade (GRADE_DOWNGRADE), to link to. */
  assessmentId?: Maybe<Scalars['ID']['output']>;
  /** What raised it; one unresolved alert per cause. */
  causeKey: Scalars['String']['output'];
  code: AlertCode;
  customer?: Maybe<Customer>;
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  /** The member who should act: the customer's collector, else its owner. */
  owner?: Maybe<Member>;
  /** The figures the text for `code` is rendered with (amounts with their currency). */
  params: Array<MessageParam>;
  raisedAt: Scalars['DateTime']['output'];
  resolutionNote: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null when the alert resolved itself because its condition cleared. */
  resolvedBy?: Maybe<User>;
  ruleId?: Maybe<Scalars['ID']['output']>;
  severity: AlertSeverity;
  state: AlertState;
  /** @deprecated Chinese text kept for old clients; render `code` with `params` in the reader's language. */
  title: Scalars['String']['output'];
};

/** What an alert says; clients render its text in the reader's language from the code and `params`. */
export type AlertCode =
  | 'BROKEN_PROMISE'
  | 'GRADE_DOWNGRADE'
  | 'LIMIT_EXCEEDED_ZERO_LIMIT'
  | 'LIMIT_UTILIZATION'
  | 'OVERDUE_AMOUNT'
  | 'OVERDUE_DAYS'
  | 'PLAN_DEFAULTED'
  | 'PROMISE_SHORT'
  | 'PUBLIC_RECORD_DISHONEST'
  | 'PUBLIC_RECORD_MINOR';

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  nodes: Array<Alert>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AlertCounts = {
  __typename?: 'AlertCounts';
  acknowledged: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  openCritical: Scalars['Int']['output'];
  openInfo: Scalars['Int']['output'];
  openWarning: Scalars['Int']['output'];
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertError = {
  __typename?: 'AlertError';
  code: AlertErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type AlertErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_STATE'
  | 'INVALID_THRESHOLD'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'STALE_VERSION'
  | 'TOO_LONG';

export type AlertEvaluationPayload = {
  __typename?: 'AlertEvaluationPayload';
  errors: Array<AlertError>;
  /** True when the organization's evaluation was handed to the worker. */
  queued: Scalars['Boolean']['output'];
};

export type AlertFilterInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<AlertRuleKind>>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  states?: InputMaybe<Array<AlertState>>;
};

export type AlertPayload = {
  __typename?: 'AlertPayload';
  alert?: Maybe<Alert>;
  errors: Array<AlertError>;
};

export type AlertRule = {
  __typename?: 'AlertRule';
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: AlertRuleKind;
  name: Scalars['String']['output'];
  severity: AlertSeverity;
  /** days (OVERDUE_DAYS), amount (OVERDUE_AMOUNT), % (LIMIT_UTILIZATION), grade steps (GRADE_DOWNGRADE) */
  threshold?: Maybe<Scalars['Decimal']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AlertRuleCreateInput = {
  enabled?: Scalars['Boolean']['input'];
  kind: AlertRuleKind;
  name: Scalars['String']['input'];
  severity?: AlertSeverity;
  threshold?: InputMaybe<Scalars['Decimal']['input']>;
};

export type AlertRuleKind =
  | 'BROKEN_PROMISE'
  | 'GRADE_DOWNGRADE'
  | 'LIMIT_UTILIZATION'
  | 'OVERDUE_AMOUNT'
  | 'OVERDUE_DAYS'
  | 'PUBLIC_RECORD';

export type AlertRulePayload = {
  __typename?: 'AlertRulePayload';
  errors: Array<AlertError>;
  rule?: Maybe<AlertRule>;
};

export type AlertRuleUpdateInput = {
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  severity?: InputMaybe<AlertSeverity>;
  /** Leave out to keep the current value; null clears it. */
  threshold?: InputMaybe<Scalars['Decimal']['input']>;
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'INFO'
  | 'WARNING';

export type AlertSeverityCounts = {
  __typename?: 'AlertSeverityCounts';
  critical: Scalars['Int']['output'];
  info: Scalars['Int']['output'];
  warning: Scalars['Int']['output'];
};

export type AlertState =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

export type Allocation = {
  __typename?: 'Allocation';
  amount: Scalars['Decimal']['output'];
  /** the payment's date (or the invoice's, if later): it counts from then */
  appliedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invoice?: Maybe<Invoice>;
  invoiceId: Scalars['ID']['output'];
  payment?: Maybe<Payment>;
  paymentId: Scalars['ID']['output'];
  /** taken back: it no longer counts from this date */
  reversedOn?: Maybe<Scalars['Date']['output']>;
};

/** Keep only a customer, a collector's customers, a grade's customers and/or one document currency. */
export type AnalyticsCut = {
  /** A membership id. */
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only documents in this currency (figures stay in the base currency). */
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

export type ApiKeyCreatePayload = {
  __typename?: 'ApiKeyCreatePayload';
  apiKey?: Maybe<ApiKey>;
  errors: Array<AccountError>;
  /** The full key, shown only in this answer. */
  secret?: Maybe<Scalars['String']['output']>;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  errors: Array<AccountError>;
};

export type ApiKeyScope =
  | 'READ'
  | 'WRITE';

export type AssessmentMethod =
  | 'AUTOMATIC'
  | 'MANUAL';

export type AssessmentStatus =
  | 'INSUFFICIENT_DATA'
  | 'SCORED';

export type AssignmentChange = {
  __typename?: 'AssignmentChange';
  customer?: Maybe<Customer>;
  fromCollector?: Maybe<Member>;
  toCollector?: Maybe<Member>;
};

export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  /** the customers whose collector changed (or would, on a dry run) */
  changes: Array<AssignmentChange>;
  errors: Array<CollectionsError>;
};

export type AssignmentRule = {
  __typename?: 'AssignmentRule';
  collector?: Maybe<Member>;
  enabled: Scalars['Boolean']['output'];
  grade?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  maxAmount?: Maybe<Scalars['Decimal']['output']>;
  minAmount?: Maybe<Scalars['Decimal']['output']>;
  position: Scalars['Int']['output'];
  region?: Maybe<Scalars['String']['output']>;
};

export type AssignmentRuleInput = {
  collectorId: Scalars['ID']['input'];
  enabled?: Scalars['Boolean']['input'];
  grade?: InputMaybe<Scalars['String']['input']>;
  maxAmount?: InputMaybe<Scalars['Decimal']['input']>;
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type AssignmentRulesPayload = {
  __typename?: 'AssignmentRulesPayload';
  errors: Array<CollectionsError>;
  rules: Array<AssignmentRule>;
};

export type Attachment = {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AttachmentKind;
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  storageKey: Scalars['String']['output'];
  uploadedById?: Maybe<Scalars['ID']['output']>;
};

export type AttachmentInput = {
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  kind: AttachmentKind;
  sha256?: Scalars['String']['input'];
  sizeBytes: Scalars['Int']['input'];
  /** Where the uploaded file lives in object storage. */
  storageKey?: Scalars['String']['input'];
};

export type AttachmentKind =
  | 'BUSINESS_LICENCE'
  | 'CONTRACT'
  | 'FINANCIAL_REPORT'
  | 'GUARANTEE'
  | 'OTHER';

export type AttachmentPayload = {
  __typename?: 'AttachmentPayload';
  attachment?: Maybe<Attachment>;
  errors: Array<CustomerError>;
};

/** Every audited action (the registry in backend/audit/actions.py). */
export type AuditAction =
  | 'ACCOUNT_STATEMENT_CONFIRM'
  | 'ACCOUNT_STATEMENT_CREATE'
  | 'ACCOUNT_STATEMENT_DISPUTE'
  | 'ACCOUNT_STATEMENT_EXPIRE'
  | 'ACCOUNT_STATEMENT_REFRESH'
  | 'ACCOUNT_STATEMENT_RESOLVE'
  | 'ACCOUNT_STATEMENT_REVOKE_LINKS'
  | 'ACCOUNT_STATEMENT_SEND'
  | 'ACCOUNT_STATEMENT_SEND_MONTH'
  | 'ALERT_ACKNOWLEDGE'
  | 'ALERT_EVALUATE_NOW'
  | 'ALERT_RESOLVE'
  | 'ALERT_RULE_CREATE'
  | 'ALERT_RULE_UPDATE'
  | 'API_KEY_CREATE'
  | 'API_KEY_REVOKE'
  | 'ASSIGNMENT_RULES_APPLY'
  | 'ASSIGNMENT_RULES_SAVE'
  | 'ATTACHMENT_CREATE'
  | 'ATTACHMENT_DELETE'
  | 'AUTH_LOGIN'
  | 'AUTH_LOGOUT'
  | 'AUTH_REFRESH'
  | 'BANK_LINE_CONFIRM'
  | 'BANK_LINE_IGNORE'
  | 'COLLECTION_ACTION_CREATE'
  | 'COLLECTION_ACTION_UPDATE'
  | 'COLLECTION_LETTER_COLLECTION'
  | 'COLLECTION_LETTER_LAWYER'
  | 'CONTACT_CREATE'
  | 'CONTACT_DELETE'
  | 'CONTACT_UPDATE'
  | 'CREDIT_ASSESS'
  | 'CREDIT_EXCEPTION_APPROVE'
  | 'CREDIT_EXCEPTION_REJECT'
  | 'CREDIT_EXCEPTION_REQUEST'
  | 'CREDIT_NOTE_APPLY'
  | 'CREDIT_NOTE_CREATE'
  | 'CREDIT_NOTE_VOID'
  | 'CREDIT_OVERRIDE_APPROVE'
  | 'CREDIT_OVERRIDE_REJECT'
  | 'CREDIT_OVERRIDE_REQUEST'
  | 'CREDIT_OVERRIDE_REVOKE'
  | 'CREDIT_POLICY_UPDATE'
  | 'CREDIT_PROFILE_UPDATE'
  | 'CREDIT_SETTINGS_UPDATE'
  | 'CUSTOMERS_ASSIGN'
  | 'CUSTOMER_CREATE'
  | 'CUSTOMER_DOCUMENT_DELETE'
  | 'CUSTOMER_DOCUMENT_UPDATE'
  | 'CUSTOMER_DOCUMENT_UPLOAD'
  | 'CUSTOMER_PUBLIC_RECORD'
  | 'CUSTOMER_UPDATE'
  | 'DISPUTE_OPEN'
  | 'DISPUTE_RESOLVE'
  | 'DUNNING_PAUSE'
  | 'DUNNING_POLICY_CREATE'
  | 'DUNNING_POLICY_UPDATE'
  | 'DUNNING_RESUME'
  | 'EXPORT_DOWNLOAD'
  | 'IMPORT_COMPLETE'
  | 'IMPORT_CREATE'
  | 'IMPORT_FAIL'
  | 'INVITATION_CREATE'
  | 'INVITATION_RESEND'
  | 'INVITATION_REVOKE'
  | 'INVOICE_CREATE'
  | 'INVOICE_DELETE'
  | 'INVOICE_DISPUTE'
  | 'INVOICE_ISSUE'
  | 'INVOICE_SETTINGS_UPDATE'
  | 'INVOICE_UPDATE'
  | 'INVOICE_VOID'
  | 'LATE_FEE_ASSESS'
  | 'LEGAL_CASE_ADVANCE'
  | 'LEGAL_CASE_CLOSE'
  | 'LEGAL_CASE_OPEN'
  | 'MEMBERSHIP_CREATE'
  | 'MEMBERSHIP_DELETE'
  | 'MEMBERSHIP_PROVISION'
  | 'MEMBERSHIP_UPDATE'
  | 'ORGANIZATION_CREATE'
  | 'ORGANIZATION_UPDATE'
  | 'PAYMENT_ALLOCATE'
  | 'PAYMENT_ASSIGN_CUSTOMER'
  | 'PAYMENT_PLAN_CANCEL'
  | 'PAYMENT_PLAN_CREATE'
  | 'PAYMENT_RECORD'
  | 'PAYMENT_REFUND'
  | 'PAYMENT_REVERSE'
  | 'PAYMENT_UNALLOCATE'
  | 'PERFORMANCE_SETTINGS_UPDATE'
  | 'PERFORMANCE_TARGET_SET'
  | 'PROMISE_TO_PAY_CREATE'
  | 'REMINDER_RESOLVE'
  | 'STATEMENT_CREATE'
  | 'STATEMENT_DELETE'
  | 'STATEMENT_DISCREPANCY_ASSIGN'
  | 'STATEMENT_DISCREPANCY_RESOLVE'
  | 'STATEMENT_RUN_FINISH'
  | 'STATEMENT_SCHEDULE_SET'
  | 'STATEMENT_UPDATE'
  | 'TASK_COMPLETE'
  | 'USER_PASSWORD_CHANGE'
  | 'USER_UPDATE'
  | 'WEBHOOK_ENDPOINT_CREATE'
  | 'WEBHOOK_ENDPOINT_UPDATE'
  | 'WEBHOOK_EVENT_RECORD_WITH_RATE'
  | 'WEBHOOK_SECRET_REVOKE'
  | 'WEBHOOK_SECRET_ROTATE'
  | 'WRITE_OFF_APPROVE'
  | 'WRITE_OFF_REJECT'
  | 'WRITE_OFF_REQUEST';

export type AuditActorType =
  | 'API_KEY'
  | 'PUBLIC_LINK'
  | 'SYSTEM'
  | 'USER'
  | 'WEBHOOK';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** The action from the registry (null for an action no longer in it). */
  actionCode?: Maybe<AuditAction>;
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  actorType: AuditActorType;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  changes: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  targetId?: Maybe<Scalars['String']['output']>;
  /** The object's number or name (an invoice's number and customer, a customer's code and name…), if it has one and still exists. */
  targetLabel?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actionCode?: InputMaybe<AuditAction>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BankLineState =
  | 'CONFIRMED'
  | 'IGNORED'
  | 'OPEN';

export type BankStatementLine = {
  __typename?: 'BankStatementLine';
  account: Scalars['String']['output'];
  amount: Scalars['Decimal']['output'];
  bookedOn: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  importJobId?: Maybe<Scalars['ID']['output']>;
  payerName: Scalars['String']['output'];
  paymentId?: Maybe<Scalars['ID']['output']>;
  reference: Scalars['String']['output'];
  state: BankLineState;
  /** Open invoices this line may pay, best first (open lines only). */
  suggestions: Array<MatchSuggestion>;
  transactionId: Scalars['String']['output'];
};

export type BankStatementLineConnection = {
  __typename?: 'BankStatementLineConnection';
  edges: Array<BankStatementLineEdge>;
  nodes: Array<BankStatementLine>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BankStatementLineEdge = {
  __typename?: 'BankStatementLineEdge';
  cursor: Scalars['String']['output'];
  node: BankStatementLine;
};

export type BankStatementLinePayload = {
  __typename?: 'BankStatementLinePayload';
  errors: Array<ImportError>;
  line?: Maybe<BankStatementLine>;
};

export type BucketAmount = {
  __typename?: 'BucketAmount';
  amount: Scalars['Decimal']['output'];
  label: Scalars['String']['output'];
};

/** Expected collections for the 13 weeks from asOf, and the 13 weeks before against what came in. */
export type CashForecast = {
  __typename?: 'CashForecast';
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  /** Expected after the 13 weeks. */
  later: Scalars['Decimal']['output'];
  pastWeeks: Array<CashForecastPastWeek>;
  /** Every week and later: the open AR as of asOf. */
  total: Scalars['Decimal']['output'];
  weeks: Array<CashForecastWeek>;
};

export type CashForecastPastWeek = {
  __typename?: 'CashForecastPastWeek';
  /** Cash collected in the week. */
  actual: Scalars['Decimal']['output'];
  end: Scalars['Date']['output'];
  /** What the forecast made 13 weeks before asOf expected in this week. */
  forecast: Scalars['Decimal']['output'];
  start: Scalars['Date']['output'];
};

export type CashForecastWeek = {
  __typename?: 'CashForecastWeek';
  end: Scalars['Date']['output'];
  expected: Scalars['Decimal']['output'];
  /** The part of `expected` that promises to pay and payment-plan installments fall due for. */
  promised: Scalars['Decimal']['output'];
  start: Scalars['Date']['output'];
};

export type CollectionAction = {
  __typename?: 'CollectionAction';
  /** Who logged it; null for reminders sent by the worker and actions logged with an API key. */
  author?: Maybe<User>;
  channel: CollectionActionChannel;
  /** The member credited with the action (for reminders: the customer's collector). */
  collector?: Maybe<Member>;
  customer?: Maybe<Customer>;
  direction: CollectionActionDirection;
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  nextFollowUpOn?: Maybe<Scalars['Date']['output']>;
  /** what a person wrote; empty when the server wrote the note (noteCode) */
  note: Scalars['String']['output'];
  /** a note the server wrote (COLLECTION_LETTER, LAWYER_LETTER), for the SPA to render in the reader's language with noteParams; empty for a person's note */
  noteCode: Scalars['String']['output'];
  /** the values the noteCode's text names (COLLECTION_LETTER: invoiceCount) */
  noteParams: Scalars['JSON']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: CollectionActionOutcome;
  /** the reminder this action records, when the worker sent it */
  reminderId?: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type CollectionActionChannel =
  | 'CALL'
  | 'EMAIL'
  | 'LEGAL'
  | 'LETTER'
  | 'OTHER'
  | 'SMS'
  | 'VISIT';

export type CollectionActionConnection = {
  __typename?: 'CollectionActionConnection';
  edges: Array<CollectionActionEdge>;
  nodes: Array<CollectionAction>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CollectionActionDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type CollectionActionEdge = {
  __typename?: 'CollectionActionEdge';
  cursor: Scalars['String']['output'];
  node: CollectionAction;
};

export type CollectionActionInput = {
  channel: CollectionActionChannel;
  direction?: CollectionActionDirection;
  invoiceIds?: Array<Scalars['ID']['input']>;
  nextFollowUpOn?: InputMaybe<Scalars['Date']['input']>;
  note?: Scalars['String']['input'];
  outcome: CollectionActionOutcome;
};

export type CollectionActionOutcome =
  | 'DISPUTED'
  | 'LEFT_MESSAGE'
  | 'NO_ANSWER'
  | 'OTHER'
  | 'PAID'
  | 'PROMISED'
  | 'REACHED'
  | 'REFUSED'
  | 'SCHEDULED'
  | 'SENT'
  | 'WRONG_CONTACT';

export type CollectionActionPayload = {
  __typename?: 'CollectionActionPayload';
  action?: Maybe<CollectionAction>;
  errors: Array<CollectionsError>;
};

export type CollectionActionUpdateInput = {
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  channel?: InputMaybe<CollectionActionChannel>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  direction?: InputMaybe<CollectionActionDirection>;
  /** Leave out to keep the current value; null clears it. */
  nextFollowUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  outcome?: InputMaybe<CollectionActionOutcome>;
};

export type CollectionLetterKind =
  | 'COLLECTION'
  | 'LAWYER';

export type CollectionLetterPayload = {
  __typename?: 'CollectionLetterPayload';
  /** the collection action recording the letter */
  action?: Maybe<CollectionAction>;
  errors: Array<CollectionsError>;
  /** the PDF, without signing in, for 15 minutes (a path under the API's origin) */
  url?: Maybe<Scalars['String']['output']>;
};

export type CollectionTimelineConnection = {
  __typename?: 'CollectionTimelineConnection';
  edges: Array<CollectionTimelineEdge>;
  nodes: Array<CollectionTimelineEntry>;
  pageInfo: PageInfo;
};

export type CollectionTimelineEdge = {
  __typename?: 'CollectionTimelineEdge';
  cursor: Scalars['String']['output'];
  node: CollectionTimelineEntry;
};

export type CollectionTimelineEntry = {
  __typename?: 'CollectionTimelineEntry';
  action?: Maybe<CollectionAction>;
  at: Scalars['DateTime']['output'];
  dispute?: Maybe<Dispute>;
  kind: CollectionTimelineKind;
  legalCase?: Maybe<LegalCase>;
  plan?: Maybe<PaymentPlan>;
  promise?: Maybe<PromiseToPay>;
  reminder?: Maybe<Reminder>;
};

export type CollectionTimelineKind =
  | 'ACTION'
  | 'DISPUTE'
  | 'LEGAL_CASE'
  | 'PLAN'
  | 'PROMISE'
  | 'REMINDER';

export type CollectionsError = {
  __typename?: 'CollectionsError';
  code: CollectionsErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type CollectionsErrorCode =
  | 'DUPLICATE_NAME'
  | 'DUPLICATE_STAGE'
  | 'EDIT_WINDOW_CLOSED'
  | 'INSTALLMENTS_TOTAL'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_STATE'
  | 'INVALID_TEMPLATE'
  | 'INVALID_VALUE'
  | 'INVOICE_NOT_OPEN'
  | 'MISSING_TEMPLATE'
  | 'MIXED_CURRENCIES'
  | 'NOT_ASSIGNED'
  | 'NOT_AUTHOR'
  | 'NOT_FOUND'
  | 'NO_STAGES'
  | 'POLICY_IN_USE'
  | 'PROMISE_IN_PAST'
  | 'REQUIRED'
  | 'STAGE_BACKWARDS'
  | 'STAGE_ORDER'
  | 'STALE_VERSION'
  | 'TOO_LONG'
  | 'UNDER_LEGAL'
  | 'UNDER_PLAN'
  | 'UNKNOWN_LANGUAGE'
  | 'UNKNOWN_VARIABLE';

/** A collector's score for a period, with the figures behind it (amounts in the base currency). */
export type CollectorPerformance = {
  __typename?: 'CollectorPerformance';
  actionsLogged: Scalars['Int']['output'];
  actionsTarget?: Maybe<Scalars['Decimal']['output']>;
  averageDaysToResolve?: Maybe<Scalars['Decimal']['output']>;
  beginningAr: Scalars['Decimal']['output'];
  bestPossibleDso?: Maybe<Scalars['Decimal']['output']>;
  cashCollected: Scalars['Decimal']['output'];
  cashTarget?: Maybe<Scalars['Decimal']['output']>;
  cei?: Maybe<Scalars['Decimal']['output']>;
  collectorId: Scalars['ID']['output'];
  components: Array<PerformanceComponent>;
  creditSales: Scalars['Decimal']['output'];
  /** Customers held on any day of the period. */
  customers: Scalars['Int']['output'];
  disputesResolved: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  end: Scalars['Date']['output'];
  endingAr: Scalars['Decimal']['output'];
  endingCurrentAr: Scalars['Decimal']['output'];
  name: Scalars['String']['output'];
  overdueEnd: Scalars['Decimal']['output'];
  overdueStart: Scalars['Decimal']['output'];
  promiseKeptRate?: Maybe<Scalars['Decimal']['output']>;
  promisesDue: Scalars['Int']['output'];
  promisesKept: Scalars['Int']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  role: Role;
  /** 0–100, rounded to 0.1; null when no component has a value. */
  score?: Maybe<Scalars['Decimal']['output']>;
  standardDso?: Maybe<Scalars['Decimal']['output']>;
  start: Scalars['Date']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isBillingContact: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  preferredChannel: ContactChannel;
  title: Scalars['String']['output'];
};

export type ContactChannel =
  | 'EMAIL'
  | 'LETTER'
  | 'PHONE'
  | 'SMS'
  | 'WECHAT';

export type ContactInput = {
  email?: Scalars['String']['input'];
  isBillingContact?: Scalars['Boolean']['input'];
  language?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: Scalars['String']['input'];
  preferredChannel?: ContactChannel;
  title?: Scalars['String']['input'];
};

export type ContactPayload = {
  __typename?: 'ContactPayload';
  contact?: Maybe<Contact>;
  errors: Array<CustomerError>;
};

export type ContactUpdateInput = {
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  isBillingContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  preferredChannel?: InputMaybe<ContactChannel>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreditAssessment = {
  __typename?: 'CreditAssessment';
  asOf: Scalars['Date']['output'];
  /** Who ran it; null for the risk worker. */
  assessedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  factors: Array<FactorScore>;
  grade?: Maybe<CreditGrade>;
  id: Scalars['ID']['output'];
  /** Every figure the factors were computed from. */
  inputs: Scalars['JSON']['output'];
  limitReasoning?: Maybe<Scalars['JSON']['output']>;
  method: AssessmentMethod;
  /** The factor groups the customer had no figure in. */
  missing: Array<MissingData>;
  previousGrade?: Maybe<CreditGrade>;
  /** The risk worker's run, for automatic assessments. */
  runId?: Maybe<Scalars['ID']['output']>;
  score?: Maybe<Scalars['Decimal']['output']>;
  /** INSUFFICIENT_DATA: nothing to score (see missing); score, grade and factors are then empty. */
  status: AssessmentStatus;
  suggestedLimit?: Maybe<Scalars['Decimal']['output']>;
};

export type CreditAssessmentConnection = {
  __typename?: 'CreditAssessmentConnection';
  edges: Array<CreditAssessmentEdge>;
  nodes: Array<CreditAssessment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditAssessmentEdge = {
  __typename?: 'CreditAssessmentEdge';
  cursor: Scalars['String']['output'];
  node: CreditAssessment;
};

export type CreditAssessmentPayload = {
  __typename?: 'CreditAssessmentPayload';
  assessment?: Maybe<CreditAssessment>;
  errors: Array<CreditError>;
};

export type CreditDecisionStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED'
  | 'SUPERSEDED'
  | 'USED';

export type CreditError = {
  __typename?: 'CreditError';
  code: CreditErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type CreditErrorCode =
  | 'ABSURD_FIGURES'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'CUSTOMER_ON_HOLD'
  | 'DUPLICATE_PERIOD'
  | 'EXCEPTION_EXISTS'
  | 'GRADE_ORDER'
  | 'INCONSISTENT_FIGURES'
  | 'INVALID_AMOUNT'
  | 'INVALID_EXPIRY'
  | 'INVALID_PERIOD'
  | 'INVALID_ROLE'
  | 'INVALID_THRESHOLDS'
  | 'INVALID_VALUE'
  | 'INVALID_WEIGHT'
  | 'INVOICE_NOT_DRAFT'
  | 'NEGATIVE_AMOUNT'
  | 'NOT_FOUND'
  | 'NOT_PENDING'
  | 'REQUIRED'
  | 'SELF_APPROVAL'
  | 'STALE_VERSION'
  | 'TOO_LONG'
  | 'UNKNOWN_FACTOR'
  | 'WEIGHTS_SUM';

export type CreditException = {
  __typename?: 'CreditException';
  /** The invoice total in base currency it covers. */
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedBy?: Maybe<User>;
  status: CreditDecisionStatus;
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CreditExceptionConnection = {
  __typename?: 'CreditExceptionConnection';
  edges: Array<CreditExceptionEdge>;
  nodes: Array<CreditException>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditExceptionEdge = {
  __typename?: 'CreditExceptionEdge';
  cursor: Scalars['String']['output'];
  node: CreditException;
};

export type CreditExceptionPayload = {
  __typename?: 'CreditExceptionPayload';
  errors: Array<CreditError>;
  exception?: Maybe<CreditException>;
};

export type CreditGrade =
  | 'A'
  | 'AA'
  | 'AAA'
  | 'B'
  | 'C';

export type CreditNote = {
  __typename?: 'CreditNote';
  amount: Scalars['Decimal']['output'];
  applications: Array<CreditNoteApplication>;
  applied: Scalars['Decimal']['output'];
  available: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** The credit note's customer. */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  exchangeRate: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  issueDate: Scalars['Date']['output'];
  number: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  status: CreditNoteStatus;
};

export type CreditNoteApplication = {
  __typename?: 'CreditNoteApplication';
  amount: Scalars['Decimal']['output'];
  appliedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditNoteId: Scalars['ID']['output'];
  creditNoteNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  invoiceNumber?: Maybe<Scalars['String']['output']>;
};

export type CreditNoteConnection = {
  __typename?: 'CreditNoteConnection';
  edges: Array<CreditNoteEdge>;
  nodes: Array<CreditNote>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditNoteCreateInput = {
  amount: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
};

export type CreditNoteEdge = {
  __typename?: 'CreditNoteEdge';
  cursor: Scalars['String']['output'];
  node: CreditNote;
};

export type CreditNotePayload = {
  __typename?: 'CreditNotePayload';
  creditNote?: Maybe<CreditNote>;
  errors: Array<InvoiceError>;
};

export type CreditNoteStatus =
  | 'APPLIED'
  | 'OPEN'
  | 'VOID';

export type CreditOverride = {
  __typename?: 'CreditOverride';
  createdAt: Scalars['DateTime']['output'];
  creditLimit?: Maybe<Scalars['Decimal']['output']>;
  customer?: Maybe<Customer>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionNote: Scalars['String']['output'];
  expiresOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  paymentTermsDays?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  requestedBy?: Maybe<User>;
  status: CreditDecisionStatus;
};

export type CreditOverrideConnection = {
  __typename?: 'CreditOverrideConnection';
  edges: Array<CreditOverrideEdge>;
  nodes: Array<CreditOverride>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditOverrideEdge = {
  __typename?: 'CreditOverrideEdge';
  cursor: Scalars['String']['output'];
  node: CreditOverride;
};

export type CreditOverrideInput = {
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type CreditOverridePayload = {
  __typename?: 'CreditOverridePayload';
  errors: Array<CreditError>;
  override?: Maybe<CreditOverride>;
};

export type CreditPolicy = {
  __typename?: 'CreditPolicy';
  /** bank_transfer, cheque, cash, bank_acceptance_bill, alipay, wechat_pay, card, other */
  allowedPaymentMethods: Array<Scalars['String']['output']>;
  creditHold: Scalars['Boolean']['output'];
  /** null: no cap */
  creditLimitCap?: Maybe<Scalars['Decimal']['output']>;
  dunningPolicyId?: Maybe<Scalars['ID']['output']>;
  grade: CreditGrade;
  guaranteeRequired: Scalars['Boolean']['output'];
  holdOverdueDays?: Maybe<Scalars['Int']['output']>;
  paymentTermsDays: Scalars['Int']['output'];
  prepaymentRequired: Scalars['Boolean']['output'];
  /** Suggested limit: this % of annualized revenue. */
  revenueLimitPct?: Maybe<Scalars['Decimal']['output']>;
  /** 0 while the grade uses the defaults. */
  version: Scalars['Int']['output'];
};

export type CreditPolicyChange = {
  __typename?: 'CreditPolicyChange';
  action: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  changedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  customerId?: Maybe<Scalars['ID']['output']>;
  grade?: Maybe<CreditGrade>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  subject: CreditPolicySubject;
};

export type CreditPolicyChangeConnection = {
  __typename?: 'CreditPolicyChangeConnection';
  edges: Array<CreditPolicyChangeEdge>;
  nodes: Array<CreditPolicyChange>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditPolicyChangeEdge = {
  __typename?: 'CreditPolicyChangeEdge';
  cursor: Scalars['String']['output'];
  node: CreditPolicyChange;
};

export type CreditPolicyInput = {
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  allowedPaymentMethods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  creditHold?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out to keep the current value; null clears it. */
  creditLimitCap?: InputMaybe<Scalars['Decimal']['input']>;
  /** Leave out to keep the current value; null clears it. */
  dunningPolicyId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  guaranteeRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out to keep the current value; null clears it. */
  holdOverdueDays?: InputMaybe<Scalars['Int']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  prepaymentRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leave out to keep the current value; null clears it. */
  revenueLimitPct?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreditPolicyPayload = {
  __typename?: 'CreditPolicyPayload';
  errors: Array<CreditError>;
  policy?: Maybe<CreditPolicy>;
};

export type CreditPolicySubject =
  | 'GRADE_POLICY'
  | 'OVERRIDE'
  | 'SETTINGS';

export type CreditProfile = {
  __typename?: 'CreditProfile';
  guarantee?: Maybe<Guarantee>;
  industryRisk?: Maybe<IndustryRisk>;
  management?: Maybe<ManagementQuality>;
  publicRecord?: Maybe<PublicRecord>;
  publicRecordCheckedOn?: Maybe<Scalars['Date']['output']>;
  publicRecordNote: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CreditProfileInput = {
  /** Leave out to keep the current value; null clears it. */
  guarantee?: InputMaybe<Guarantee>;
  /** Leave out to keep the current value; null clears it. */
  industryRisk?: InputMaybe<IndustryRisk>;
  /** Leave out to keep the current value; null clears it. */
  management?: InputMaybe<ManagementQuality>;
};

export type CreditProfilePayload = {
  __typename?: 'CreditProfilePayload';
  errors: Array<CreditError>;
  profile?: Maybe<CreditProfile>;
};

export type CreditSettings = {
  __typename?: 'CreditSettings';
  exceptionRequestRoles: Array<Role>;
  /** Below B's minimum is C. */
  thresholds: Array<GradeThreshold>;
  version: Scalars['Int']['output'];
  weights: Array<FactorWeight>;
};

/** Give what changes; weights must cover the factors with a total of 100. */
export type CreditSettingsInput = {
  exceptionRequestRoles?: InputMaybe<Array<Role>>;
  reason: Scalars['String']['input'];
  thresholds?: InputMaybe<Array<GradeThresholdInput>>;
  version: Scalars['Int']['input'];
  weights?: InputMaybe<Array<FactorWeightInput>>;
};

export type CreditSettingsPayload = {
  __typename?: 'CreditSettingsPayload';
  errors: Array<CreditError>;
  settings?: Maybe<CreditSettings>;
};

export type Customer = {
  __typename?: 'Customer';
  address: Scalars['String']['output'];
  /** The credit archive (信用档案): every assessment, newest first. */
  assessments: CreditAssessmentConnection;
  attachments: Array<Attachment>;
  balances: CustomerBalances;
  code: Scalars['String']['output'];
  /** The assigned collector. */
  collector?: Maybe<Member>;
  contacts: Array<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** Exception requests for its invoices, newest first. */
  creditExceptions: Array<CreditException>;
  /** Why the customer is on credit hold today (its status, its grade's policy, or an invoice overdue past the policy's hold days), or null: new invoices need an approved exception. */
  creditHold?: Maybe<HoldCause>;
  /** In force: the grade's suggested limit or an approved override. */
  creditLimit?: Maybe<Scalars['Decimal']['output']>;
  /** Override requests and decisions, newest first. */
  creditOverrides: Array<CreditOverride>;
  /** What the customer's grade gets, with an approved override applied. */
  creditPolicy?: Maybe<CustomerCreditPolicy>;
  /** The qualitative inputs of the scorecard. */
  creditProfile?: Maybe<CreditProfile>;
  /** Documents expired, or expiring within 30 days of the organization's today. */
  documentWarnings: Array<CustomerDocument>;
  /** Documents (资料), newest first. */
  documents: Array<CustomerDocument>;
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /** Current credit grade (AAA, AA, A, B, C) from the latest assessment. */
  grade?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  /** The most recent assessment. */
  latestAssessment?: Maybe<CreditAssessment>;
  legalName: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  /** Unresolved early-warning alerts. */
  openAlerts: Array<Alert>;
  /** True when the open balance today is over the credit limit in force (a limit of 0 allows nothing open); false without a limit. */
  overLimit: Scalars['Boolean']['output'];
  /** The salesperson who owns the relationship. */
  owner?: Maybe<Member>;
  paymentTermsDays?: Maybe<Scalars['Int']['output']>;
  /** Reconciliation (对账): the last period the customer confirmed and its open discrepancies. */
  reconciliation: ReconciliationStatus;
  region: Scalars['String']['output'];
  registeredCapital?: Maybe<Scalars['Decimal']['output']>;
  score?: Maybe<Scalars['Decimal']['output']>;
  shortName: Scalars['String']['output'];
  /** Financial statements, newest period first. */
  statements: Array<FinancialStatement>;
  status: CustomerStatus;
  tags: Array<Scalars['String']['output']>;
  taxNumber: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with customerUpdate: a stale version is refused. */
  version: Scalars['Int']['output'];
  website: Scalars['String']['output'];
};


export type CustomerAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One customer's row of the aging table: its buckets, total and open invoices (each counted once). */
export type CustomerAging = {
  __typename?: 'CustomerAging';
  buckets: Array<AgingBucket>;
  customer?: Maybe<Customer>;
  invoiceCount: Scalars['Int']['output'];
  total: Scalars['Decimal']['output'];
};

export type CustomerAgingConnection = {
  __typename?: 'CustomerAgingConnection';
  edges: Array<CustomerAgingEdge>;
  nodes: Array<CustomerAging>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerAgingEdge = {
  __typename?: 'CustomerAgingEdge';
  cursor: Scalars['String']['output'];
  node: CustomerAging;
};

export type CustomerBalances = {
  __typename?: 'CustomerBalances';
  openBalance: Scalars['Decimal']['output'];
  overdueBalance: Scalars['Decimal']['output'];
  worstDaysOverdue: Scalars['Int']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerCreateInput = {
  address?: Scalars['String']['input'];
  code: Scalars['String']['input'];
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  creditCode?: InputMaybe<Scalars['String']['input']>;
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  industry?: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  notes?: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  region?: Scalars['String']['input'];
  registeredCapital?: InputMaybe<Scalars['Decimal']['input']>;
  shortName?: Scalars['String']['input'];
  status?: CustomerStatus;
  tags?: Array<Scalars['String']['input']>;
  taxNumber?: Scalars['String']['input'];
  website?: Scalars['String']['input'];
};

export type CustomerCreditPolicy = {
  __typename?: 'CustomerCreditPolicy';
  activeOverride?: Maybe<CreditOverride>;
  creditLimit?: Maybe<Scalars['Decimal']['output']>;
  grade: CreditGrade;
  gradePolicy: CreditPolicy;
  paymentTermsDays?: Maybe<Scalars['Int']['output']>;
};

/** A file kept about a customer (客户资料) and its metadata. */
export type CustomerDocument = {
  __typename?: 'CustomerDocument';
  /** Detected from the file's content. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  customerId: Scalars['ID']['output'];
  docType: DocumentType;
  /** GET it with the same credentials as /graphql. */
  downloadUrl: Scalars['String']['output'];
  expiresOn?: Maybe<Scalars['Date']['output']>;
  expiryStatus: DocumentExpiryStatus;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['Date']['output']>;
  note: Scalars['String']['output'];
  number: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  uploadedById?: Maybe<Scalars['ID']['output']>;
};

export type CustomerDocumentPayload = {
  __typename?: 'CustomerDocumentPayload';
  document?: Maybe<CustomerDocument>;
  errors: Array<CustomerError>;
};

export type CustomerDocumentUpdateInput = {
  /** Absent or null: unchanged. Leave out or send null to keep the current value. */
  docType?: InputMaybe<DocumentType>;
  /** Leave out to keep the current value; null clears it. */
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out to keep the current value; null clears it. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out to keep the current value; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  number?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerError = {
  __typename?: 'CustomerError';
  code: CustomerErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type CustomerErrorCode =
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_CREDIT_CODE'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CODE'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_DATE'
  | 'INVALID_EMAIL'
  | 'INVALID_MEMBER'
  | 'INVALID_PHONE'
  | 'INVALID_TAGS'
  | 'INVALID_TAX_NUMBER'
  | 'INVALID_WEBSITE'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'STALE_VERSION'
  | 'TOO_LONG'
  | 'TOO_MANY';

export type CustomerFilterInput = {
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  grades?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: has an invoice past due; false: has none */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CustomerStatus>>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerPayload = {
  __typename?: 'CustomerPayload';
  customer?: Maybe<Customer>;
  errors: Array<CustomerError>;
};

export type CustomerSortField =
  /** open balance today, base currency */
  | 'BALANCE'
  | 'CODE'
  | 'CREATED_AT'
  /** worst days overdue today */
  | 'DAYS_OVERDUE'
  /** credit grade by risk: AAA first ascending, C first descending; not graded before AAA */
  | 'GRADE'
  | 'LEGAL_NAME'
  /** overdue balance today, base currency */
  | 'OVERDUE_AMOUNT'
  /** credit score; not assessed before 0 */
  | 'SCORE'
  | 'UPDATED_AT';

export type CustomerStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'BLOCKED'
  | 'ON_HOLD';

/** Only the fields sent are changed; null clears an optional field. */
export type CustomerUpdateInput = {
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out to keep the current value; null clears it. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null clears it. */
  registeredCapital?: InputMaybe<Scalars['Decimal']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  status?: InputMaybe<CustomerStatus>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What is owed, what is late and what comes in next, as of a date, in the base currency. Each part is computed only when selected. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** The organization's aging buckets as of asOf. */
  aging: AgingReport;
  arTotal: Scalars['Decimal']['output'];
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  currentAr: Scalars['Decimal']['output'];
  /** Standard DSO over the 90 days ending on asOf. */
  dso?: Maybe<Scalars['Decimal']['output']>;
  forecast: Array<ForecastWeek>;
  monthToDate: KpiReport;
  openInvoiceCount: Scalars['Int']['output'];
  overdueAr: Scalars['Decimal']['output'];
  overdueInvoiceCount: Scalars['Int']['output'];
  overdueRatio?: Maybe<Scalars['Decimal']['output']>;
  /** Open amounts already past due, not in the forecast weeks. */
  overdueReceivable: Scalars['Decimal']['output'];
  topOverdueCustomers: Array<OverdueCustomer>;
  /** The last six months, month by month (the last one to asOf). */
  trend: Array<TrendPoint>;
};

export type DiscrepancyResolution =
  | 'ADJUSTMENT_POSTED'
  | 'CREDIT_NOTE_ISSUED'
  | 'NO_CHANGE';

export type DiscrepancyStatus =
  | 'OPEN'
  | 'RESOLVED';

export type Dispute = {
  __typename?: 'Dispute';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  /** Time to resolve, in days (fractional); null while open. */
  daysToResolve?: Maybe<Scalars['Float']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  openedAt: Scalars['DateTime']['output'];
  owner?: Maybe<Member>;
  reason: DisputeReason;
  resolution?: Maybe<DisputeResolution>;
  resolutionNote: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: DisputeStatus;
  version: Scalars['Int']['output'];
};

export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  edges: Array<DisputeEdge>;
  nodes: Array<Dispute>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  cursor: Scalars['String']['output'];
  node: Dispute;
};

export type DisputeInput = {
  amount: Scalars['Decimal']['input'];
  description?: Scalars['String']['input'];
  invoiceIds: Array<Scalars['ID']['input']>;
  /** a member; default: the caller */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  reason: DisputeReason;
};

export type DisputePayload = {
  __typename?: 'DisputePayload';
  dispute?: Maybe<Dispute>;
  errors: Array<CollectionsError>;
};

export type DisputeReason =
  | 'ALREADY_PAID'
  | 'DUPLICATE'
  | 'NOT_RECEIVED'
  | 'OTHER'
  | 'PRICING'
  | 'QUALITY'
  | 'QUANTITY'
  | 'TERMS';

export type DisputeResolution =
  | 'ADJUSTMENT'
  | 'CREDIT_NOTE'
  | 'NO_CHANGE'
  | 'WITHDRAWN';

export type DisputeStatus =
  | 'OPEN'
  | 'RESOLVED';

/** NONE: no expiry date; EXPIRING: within 30 days, today included; EXPIRED: before today. */
export type DocumentExpiryStatus =
  | 'EXPIRED'
  | 'EXPIRING'
  | 'NONE'
  | 'VALID';

export type DocumentType =
  | 'ACCOUNT_PERMIT'
  | 'BUSINESS_LICENCE'
  | 'CONTRACT'
  | 'CREDIT_AGREEMENT'
  | 'FINANCIAL_STATEMENT'
  | 'GUARANTEE'
  | 'LEGAL_REPRESENTATIVE_ID'
  | 'OTHER';

export type DunningCalendar = {
  __typename?: 'DunningCalendar';
  entries: Array<DunningCalendarEntry>;
  /** whether the customer follows this policy (its grade's, or the default) */
  followsPolicy: Scalars['Boolean']['output'];
  policyEnabled: Scalars['Boolean']['output'];
  /** the organization's local day the figures are as of */
  today: Scalars['Date']['output'];
};

export type DunningCalendarEntry = {
  __typename?: 'DunningCalendarEntry';
  channel: DunningChannel;
  day: Scalars['Date']['output'];
  language: Scalars['String']['output'];
  offsetDays: Scalars['Int']['output'];
  parts: Array<DunningCalendarPart>;
  reason?: Maybe<DunningSkipReason>;
  recipient: Scalars['String']['output'];
  totals: Array<DunningCalendarTotal>;
};

export type DunningCalendarPart = {
  __typename?: 'DunningCalendarPart';
  /** in the base currency, what the policy's minimum amount adds up */
  baseAmount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** on the day it goes out (negative before the due date) */
  daysOverdue: Scalars['Int']['output'];
  dueDate: Scalars['Date']['output'];
  invoiceId: Scalars['ID']['output'];
  invoiceNumber: Scalars['String']['output'];
  /** the stage's own day, when it fell on a day the policy does not send on */
  movedFrom?: Maybe<Scalars['Date']['output']>;
  openAmount: Scalars['Decimal']['output'];
  sequence: Scalars['Int']['output'];
};

export type DunningCalendarTotal = {
  __typename?: 'DunningCalendarTotal';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

export type DunningChannel =
  | 'EMAIL'
  | 'LEGAL_REFERRAL'
  | 'LETTER'
  | 'PHONE_TASK'
  | 'SMS'
  | 'VISIT_TASK';

export type DunningPause = {
  __typename?: 'DunningPause';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  liftedAt?: Maybe<Scalars['DateTime']['output']>;
  reason: Scalars['String']['output'];
  until?: Maybe<Scalars['Date']['output']>;
};

export type DunningPausePayload = {
  __typename?: 'DunningPausePayload';
  errors: Array<CollectionsError>;
  pause?: Maybe<DunningPause>;
};

export type DunningPolicy = {
  __typename?: 'DunningPolicy';
  /** ISO weekdays, 1 = Monday */
  allowedWeekdays: Array<Scalars['Int']['output']>;
  /** one message per customer and stage rather than one per invoice */
  consolidate: Scalars['Boolean']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** followed by customers whose grade's credit policy names no dunning policy */
  isDefault: Scalars['Boolean']['output'];
  /** in the base currency; a message covering less is not sent */
  minAmount: Scalars['Decimal']['output'];
  name: Scalars['String']['output'];
  payLink: Scalars['String']['output'];
  quietHoursEnd?: Maybe<Scalars['Int']['output']>;
  quietHoursStart?: Maybe<Scalars['Int']['output']>;
  stages: Array<DunningStage>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type DunningPolicyInput = {
  allowedWeekdays?: Array<Scalars['Int']['input']>;
  consolidate?: Scalars['Boolean']['input'];
  enabled?: Scalars['Boolean']['input'];
  isDefault?: Scalars['Boolean']['input'];
  minAmount?: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  payLink?: Scalars['String']['input'];
  quietHoursEnd?: InputMaybe<Scalars['Int']['input']>;
  quietHoursStart?: InputMaybe<Scalars['Int']['input']>;
  /** in increasing order of offset, no two at the same offset */
  stages: Array<DunningStageInput>;
};

export type DunningPolicyPayload = {
  __typename?: 'DunningPolicyPayload';
  errors: Array<CollectionsError>;
  policy?: Maybe<DunningPolicy>;
};

export type DunningResumePayload = {
  __typename?: 'DunningResumePayload';
  errors: Array<CollectionsError>;
  pausesLifted: Scalars['Int']['output'];
};

export type DunningSkipReason =
  | 'ALREADY_SENT'
  | 'BELOW_MINIMUM'
  | 'DISPUTED'
  | 'LEGAL'
  | 'NO_RECIPIENT'
  | 'PAID'
  | 'PAUSED'
  | 'PLAN_CURRENT'
  | 'POLICY_DISABLED'
  | 'PROMISE_ACTIVE';

export type DunningStage = {
  __typename?: 'DunningStage';
  channel: DunningChannel;
  /** days from the due date; negative = before it */
  offsetDays: Scalars['Int']['output'];
  templates: Array<DunningTemplate>;
};

export type DunningStageInput = {
  channel: DunningChannel;
  offsetDays: Scalars['Int']['input'];
  templates: Array<DunningTemplateInput>;
};

export type DunningTemplate = {
  __typename?: 'DunningTemplate';
  body: Scalars['String']['output'];
  language: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type DunningTemplateInput = {
  body: Scalars['String']['input'];
  /** zh-CN or en */
  language: Scalars['String']['input'];
  subject?: Scalars['String']['input'];
};

export type FactorScore = {
  __typename?: 'FactorScore';
  /** points × weight ÷ 100: its share of the score. */
  contribution: Scalars['Decimal']['output'];
  /** financial, behavioural or qualitative */
  group: Scalars['String']['output'];
  key: Scalars['String']['output'];
  /** @deprecated Chinese text; label the factor by `key` in the reader's language. */
  label: Scalars['String']['output'];
  /** Why the figure is unknown, e.g. no_statement. */
  note?: Maybe<Scalars['String']['output']>;
  /** 0-100 from the factor's points table. */
  points: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
  /** The figure as computed (null when unknown: see note). */
  value?: Maybe<Scalars['String']['output']>;
  /** The figure typed for the reader's language (NUMBER, PERCENT, or TEXT for a category code); null when unknown. */
  valueParam?: Maybe<MessageParam>;
  weight: Scalars['Int']['output'];
};

export type FactorWeight = {
  __typename?: 'FactorWeight';
  factor: Scalars['String']['output'];
  group: Scalars['String']['output'];
  /** @deprecated Chinese text; label the factor by `factor` in the reader's language. */
  label: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

export type FactorWeightInput = {
  factor: Scalars['String']['input'];
  weight: Scalars['Int']['input'];
};

export type FinancialRatios = {
  __typename?: 'FinancialRatios';
  cashRatio?: Maybe<Scalars['Decimal']['output']>;
  currentRatio?: Maybe<Scalars['Decimal']['output']>;
  /** Total liabilities ÷ total assets (资产负债率), a fraction. */
  debtToAsset?: Maybe<Scalars['Decimal']['output']>;
  equity: Scalars['Decimal']['output'];
  /** Net profit ÷ revenue, a fraction. */
  netMargin?: Maybe<Scalars['Decimal']['output']>;
  ocfToCurrentLiabilities?: Maybe<Scalars['Decimal']['output']>;
  /** (Current assets − inventory) ÷ current liabilities. */
  quickRatio?: Maybe<Scalars['Decimal']['output']>;
};

export type FinancialStatement = {
  __typename?: 'FinancialStatement';
  audited: Scalars['Boolean']['output'];
  cash: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  currentAssets: Scalars['Decimal']['output'];
  currentLiabilities: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  inventory: Scalars['Decimal']['output'];
  netProfit: Scalars['Decimal']['output'];
  operatingCashFlow: Scalars['Decimal']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  ratios: FinancialRatios;
  revenue: Scalars['Decimal']['output'];
  source: Scalars['String']['output'];
  totalAssets: Scalars['Decimal']['output'];
  totalLiabilities: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

/** Figures in the organization's base currency; a period covers 1 to 12 whole months. */
export type FinancialStatementInput = {
  audited?: Scalars['Boolean']['input'];
  cash: Scalars['Decimal']['input'];
  currentAssets: Scalars['Decimal']['input'];
  currentLiabilities: Scalars['Decimal']['input'];
  inventory: Scalars['Decimal']['input'];
  netProfit: Scalars['Decimal']['input'];
  operatingCashFlow: Scalars['Decimal']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  revenue: Scalars['Decimal']['input'];
  source?: Scalars['String']['input'];
  totalAssets: Scalars['Decimal']['input'];
  totalLiabilities: Scalars['Decimal']['input'];
};

export type FinancialStatementPayload = {
  __typename?: 'FinancialStatementPayload';
  errors: Array<CreditError>;
  statement?: Maybe<FinancialStatement>;
};

/** Open amounts falling due in a week (end null: everything later). */
export type ForecastWeek = {
  __typename?: 'ForecastWeek';
  amount: Scalars['Decimal']['output'];
  end?: Maybe<Scalars['Date']['output']>;
  start: Scalars['Date']['output'];
};

export type GradeThreshold = {
  __typename?: 'GradeThreshold';
  grade: CreditGrade;
  minScore: Scalars['Int']['output'];
};

export type GradeThresholdInput = {
  grade: CreditGrade;
  minScore: Scalars['Int']['input'];
};

export type Guarantee =
  | 'CREDIT_INSURANCE'
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

export type HoldCause =
  | 'GRADE_POLICY'
  | 'OVERDUE'
  | 'STATUS';

export type ImportError = {
  __typename?: 'ImportError';
  code: ImportErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type ImportErrorCode =
  | 'ALREADY_DECIDED'
  | 'CONFIRMATION_REQUIRED'
  | 'CURRENCY_MISMATCH'
  | 'CUSTOMER_MISMATCH'
  | 'DATE_BEFORE_DOCUMENT'
  | 'EXCEEDS_AVAILABLE'
  | 'EXCEEDS_OPEN_AMOUNT'
  | 'EXCHANGE_RATE_REQUIRED'
  | 'FILE_TOO_LARGE'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_FILE'
  | 'INVALID_RATE'
  | 'INVOICE_NOT_OPEN'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY'
  | 'UNSUPPORTED_FORMAT';

export type ImportFileFormat =
  | 'CSV'
  | 'XLSX';

export type ImportJob = {
  __typename?: 'ImportJob';
  bankAccount: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  errorCount: Scalars['Int']['output'];
  /** The whole error report as CSV (row, column, code, message). */
  errorReportCsv?: Maybe<Scalars['String']['output']>;
  /** A download link to the error report, valid 15 minutes without signing in. */
  errorReportUrl?: Maybe<Scalars['String']['output']>;
  fileFormat: ImportFileFormat;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: ImportKind;
  /** @deprecated English text; render `summary` in the reader's language. */
  message: Scalars['String']['output'];
  /** The first 100 row errors. */
  rowErrors: Array<ImportRowError>;
  rowsImported: Scalars['Int']['output'];
  /** Statement lines already imported before, or outgoing amounts. */
  rowsSkipped: Scalars['Int']['output'];
  rowsTotal: Scalars['Int']['output'];
  rowsValidated: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: ImportState;
  /** The finished job in one line, as a code and parameters; null while it runs. */
  summary?: Maybe<ImportSummary>;
};

export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  edges: Array<ImportJobEdge>;
  nodes: Array<ImportJob>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  cursor: Scalars['String']['output'];
  node: ImportJob;
};

export type ImportJobPayload = {
  __typename?: 'ImportJobPayload';
  errors: Array<ImportError>;
  job?: Maybe<ImportJob>;
};

export type ImportKind =
  | 'BANK_STATEMENT'
  | 'CUSTOMERS'
  | 'INVOICES';

export type ImportRowError = {
  __typename?: 'ImportRowError';
  code: ImportRowErrorCode;
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
  /** The row number as in the file (the header is row 1; 0: the whole file). */
  row: Scalars['Int']['output'];
};

export type ImportRowErrorCode =
  | 'ALREADY_EXISTS'
  | 'CUSTOMER_NAME_CONFLICT'
  | 'CUSTOMER_NOT_FOUND'
  | 'DUE_BEFORE_ISSUE'
  | 'DUPLICATE_COLUMN'
  | 'DUPLICATE_IN_FILE'
  | 'INTERNAL_ERROR'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CODE'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_CURRENCY'
  | 'INVALID_DATE'
  | 'INVALID_EXCHANGE_RATE'
  | 'INVALID_TAX_NUMBER'
  | 'INVALID_TEXT'
  | 'MISSING_COLUMN'
  | 'NO_ROWS'
  | 'PAID_BEFORE_ISSUE'
  | 'PAID_NOT_BELOW_TOTAL'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY_ROWS'
  | 'UNREADABLE_FILE'
  | 'WORKER_LOST';

export type ImportStartInput = {
  /** Bank statements: the account the lines belong to. */
  bankAccount?: Scalars['String']['input'];
  /** The file, base64-encoded (at most 30 MB before encoding). */
  contentBase64: Scalars['String']['input'];
  /** Ends in .csv or .xlsx. */
  fileName: Scalars['String']['input'];
  kind: ImportKind;
};

export type ImportState =
  | 'FAILED'
  | 'IMPORTING'
  | 'PENDING'
  | 'SUCCEEDED'
  | 'VALIDATING';

export type ImportSummary = {
  __typename?: 'ImportSummary';
  code: ImportSummaryCode;
  params: Array<MessageParam>;
};

export type ImportSummaryCode =
  | 'FILE_UNUSABLE'
  | 'IMPORTED'
  | 'INTERNAL_ERROR'
  | 'ROWS_INVALID'
  | 'WORKER_LOST';

export type IndustryRisk =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type InstallmentInput = {
  amount: Scalars['Decimal']['input'];
  dueDate: Scalars['Date']['input'];
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  errors: Array<AccountError>;
  invitation?: Maybe<Invitation>;
};

/** What the holder of an invitation link may see before accepting it. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** The address has an account: accept by signing in with it. */
  hasAccount: Scalars['Boolean']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  role: Role;
};

export type InvitationPreviewPayload = {
  __typename?: 'InvitationPreviewPayload';
  errors: Array<AccountError>;
  invitation?: Maybe<InvitationPreview>;
};

export type Invoice = {
  __typename?: 'Invoice';
  /** Σ payments applied */
  allocated: Scalars['Decimal']['output'];
  allocations: Array<Allocation>;
  contractRef: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditApplications: Array<CreditNoteApplication>;
  /** Σ credit notes applied */
  credited: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** The invoice's customer (code and name for lists). */
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  disputed: Scalars['Boolean']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  eInvoiceCode: Scalars['String']['output'];
  eInvoiceNumber: Scalars['String']['output'];
  exchangeRate: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The parts in the order payments fill them, with their open amounts. */
  installments: Array<InvoiceInstallment>;
  issueDate?: Maybe<Scalars['Date']['output']>;
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  lateFeeCharges: Array<LateFeeCharge>;
  lateFeeDailyRate?: Maybe<Scalars['Decimal']['output']>;
  lateFeeGraceDays: Scalars['Int']['output'];
  lines: Array<InvoiceLine>;
  notes: Scalars['String']['output'];
  /** Assigned on issue, gap-free; null for a draft. */
  number?: Maybe<Scalars['String']['output']>;
  /** total − allocated − credited − written off (zero when void) */
  openAmount: Scalars['Decimal']['output'];
  status: InvoiceStatus;
  subtotal: Scalars['Decimal']['output'];
  taxTotal: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
  voidReason: Scalars['String']['output'];
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
  writeOffs: Array<WriteOff>;
  /** Σ approved write-offs */
  writtenOff: Scalars['Decimal']['output'];
};

/** An amount for one invoice: an allocation or a credit-note application. */
export type InvoiceAmountInput = {
  amount: Scalars['Decimal']['input'];
  invoiceId: Scalars['ID']['input'];
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvoiceCreateInput = {
  contractRef?: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** default on issue: the customer's payment terms, else 30 days */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  eInvoiceCode?: Scalars['String']['input'];
  eInvoiceNumber?: Scalars['String']['input'];
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  installments?: InputMaybe<Array<InvoiceInstallmentInput>>;
  lateFeeDailyRate?: InputMaybe<Scalars['Decimal']['input']>;
  lateFeeGraceDays?: Scalars['Int']['input'];
  lines: Array<InvoiceLineInput>;
  notes?: Scalars['String']['input'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceError = {
  __typename?: 'InvoiceError';
  code: InvoiceErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type InvoiceErrorCode =
  | 'AGING_BOUNDS_OVERLAP'
  | 'AGING_BOUNDS_UNSORTED'
  | 'AGING_BOUND_OUT_OF_RANGE'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'CREDIT_NOTE_NOT_OPEN'
  | 'CURRENCY_MISMATCH'
  | 'CUSTOMER_MISMATCH'
  | 'CUSTOMER_ON_HOLD'
  | 'DATE_BEFORE_DOCUMENT'
  | 'DUPLICATE'
  | 'EXCEEDS_AVAILABLE'
  | 'EXCEEDS_OPEN_AMOUNT'
  | 'EXCHANGE_RATE_REQUIRED'
  | 'FUTURE_DATE'
  | 'HAS_APPLICATIONS'
  | 'INSTALLMENTS_UNBALANCED'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_DATE'
  | 'INVALID_QUANTITY'
  | 'INVALID_RATE'
  | 'INVALID_TAX_RATE'
  | 'INVOICE_NOT_OPEN'
  | 'NOT_DRAFT'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'SELF_APPROVAL'
  | 'STALE_VERSION'
  | 'TOO_LONG'
  | 'TOO_MANY'
  | 'TOTAL_NOT_POSITIVE'
  | 'WRITE_OFF_NOT_PENDING';

export type InvoiceFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  /** an open part past due as of the organization's today */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** number, e-invoice number or contract reference */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<InvoiceStatus>>;
};

/** One part of an invoice due on its own date; open amount as of now. */
export type InvoiceInstallment = {
  __typename?: 'InvoiceInstallment';
  amount: Scalars['Decimal']['output'];
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  openAmount: Scalars['Decimal']['output'];
  sequence: Scalars['Int']['output'];
};

export type InvoiceInstallmentInput = {
  amount: Scalars['Decimal']['input'];
  dueDate: Scalars['Date']['input'];
};

export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  amount: Scalars['Decimal']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  quantity: Scalars['Decimal']['output'];
  taxAmount: Scalars['Decimal']['output'];
  taxRate: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type InvoiceLineInput = {
  description: Scalars['String']['input'];
  quantity: Scalars['Decimal']['input'];
  taxRate?: Scalars['Decimal']['input'];
  unitPrice: Scalars['Decimal']['input'];
};

export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  errors: Array<InvoiceError>;
  invoice?: Maybe<Invoice>;
};

export type InvoiceSettings = {
  __typename?: 'InvoiceSettings';
  agingBasis: AgingBasis;
  /** upper day bounds of the overdue buckets */
  agingBounds: Array<Scalars['Int']['output']>;
  rounding: Rounding;
};

export type InvoiceSettingsInput = {
  agingBasis?: InputMaybe<AgingBasis>;
  agingBounds?: InputMaybe<Array<Scalars['Int']['input']>>;
  rounding?: InputMaybe<Rounding>;
};

export type InvoiceSettingsPayload = {
  __typename?: 'InvoiceSettingsPayload';
  errors: Array<InvoiceError>;
  settings?: Maybe<InvoiceSettings>;
};

export type InvoiceSort = {
  descending?: Scalars['Boolean']['input'];
  field?: InvoiceSortField;
};

export type InvoiceSortField =
  | 'CREATED_AT'
  | 'DUE_DATE'
  | 'ISSUE_DATE'
  | 'NUMBER'
  | 'TOTAL';

export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID'
  | 'WRITTEN_OFF';

/** Null or absent fields stay as they are; `installments: []` removes them. */
export type InvoiceUpdateInput = {
  /** Leave out or send null to keep the current value. */
  contractRef?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Leave out or send null to keep the current value. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Leave out or send null to keep the current value. */
  eInvoiceCode?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  eInvoiceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Leave out or send null to keep the current value. */
  installments?: InputMaybe<Array<InvoiceInstallmentInput>>;
  /** Leave out or send null to keep the current value. */
  lateFeeDailyRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Leave out or send null to keep the current value. */
  lateFeeGraceDays?: InputMaybe<Scalars['Int']['input']>;
  /** Leave out or send null to keep the current value. */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Leave out or send null to keep the current value. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Every KPI of a period, in the base currency; a ratio with a zero denominator is null. */
export type KpiReport = {
  __typename?: 'KpiReport';
  arTurnover?: Maybe<Scalars['Decimal']['output']>;
  averageDaysDelinquent?: Maybe<Scalars['Decimal']['output']>;
  /** Amount-weighted days past each installment part's due date, of the money received in the 12 months to the period's end. */
  averageDaysLate?: Maybe<Scalars['Decimal']['output']>;
  /** Amount-weighted days from invoice date to payment, of the money received in the 12 months to the period's end. */
  averageDaysToPay?: Maybe<Scalars['Decimal']['output']>;
  badDebtRatio?: Maybe<Scalars['Decimal']['output']>;
  beginningAr: Scalars['Decimal']['output'];
  bestPossibleDso?: Maybe<Scalars['Decimal']['output']>;
  cashCollected: Scalars['Decimal']['output'];
  /** Collection effectiveness index, in percent. */
  cei?: Maybe<Scalars['Decimal']['output']>;
  collectionRate?: Maybe<Scalars['Decimal']['output']>;
  countbackDso?: Maybe<Scalars['Decimal']['output']>;
  creditSales: Scalars['Decimal']['output'];
  days: Scalars['Int']['output'];
  end: Scalars['Date']['output'];
  endingAr: Scalars['Decimal']['output'];
  endingCurrentAr: Scalars['Decimal']['output'];
  endingOverdueAr: Scalars['Decimal']['output'];
  /** Overdue AR ÷ total AR at the period's end, by amount. */
  overdueRatio?: Maybe<Scalars['Decimal']['output']>;
  overdueRatioByCount?: Maybe<Scalars['Decimal']['output']>;
  /** Σ kept ratios ÷ promises fallen due. */
  promiseKeptRate?: Maybe<Scalars['Decimal']['output']>;
  /** Promises to pay settled with a promised date in the period. */
  promisesFallenDue: Scalars['Int']['output'];
  standardDso?: Maybe<Scalars['Decimal']['output']>;
  start: Scalars['Date']['output'];
  turnoverDays?: Maybe<Scalars['Decimal']['output']>;
  writeOffs: Scalars['Decimal']['output'];
};

export type LateFeeCharge = {
  __typename?: 'LateFeeCharge';
  amount: Scalars['Decimal']['output'];
  /** average daily overdue balance over the charged days */
  baseAmount: Scalars['Decimal']['output'];
  /** the invoice that bills this charge */
  chargeInvoiceId?: Maybe<Scalars['ID']['output']>;
  dailyRate: Scalars['Decimal']['output'];
  days: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
};

export type LateFeesAssessPayload = {
  __typename?: 'LateFeesAssessPayload';
  charges: Array<LateFeeCharge>;
  errors: Array<InvoiceError>;
};

export type LegalCase = {
  __typename?: 'LegalCase';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  costs: Array<LegalCost>;
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  documents: Array<LegalDocument>;
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  lawFirm: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  outcome?: Maybe<LegalOutcome>;
  outcomeNote: Scalars['String']['output'];
  recoveredAmount?: Maybe<Scalars['Decimal']['output']>;
  reference: Scalars['String']['output'];
  stage: LegalStage;
  stageChangedAt: Scalars['DateTime']['output'];
  status: LegalCaseStatus;
  /** Σ of its costs, in the case's currency. */
  totalCosts: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

export type LegalCaseAdvanceInput = {
  costs?: Array<LegalCostInput>;
  documents?: Array<LegalDocumentInput>;
  lawFirm?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** the same stage (to add costs or documents) or a later one */
  stage: LegalStage;
};

export type LegalCaseCloseInput = {
  costs?: Array<LegalCostInput>;
  note?: Scalars['String']['input'];
  outcome: LegalOutcome;
  recoveredAmount?: InputMaybe<Scalars['Decimal']['input']>;
};

export type LegalCaseConnection = {
  __typename?: 'LegalCaseConnection';
  edges: Array<LegalCaseEdge>;
  nodes: Array<LegalCase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LegalCaseEdge = {
  __typename?: 'LegalCaseEdge';
  cursor: Scalars['String']['output'];
  node: LegalCase;
};

export type LegalCaseInput = {
  costs?: Array<LegalCostInput>;
  documents?: Array<LegalDocumentInput>;
  invoiceIds: Array<Scalars['ID']['input']>;
  lawFirm?: Scalars['String']['input'];
  reference?: Scalars['String']['input'];
  stage?: LegalStage;
};

export type LegalCasePayload = {
  __typename?: 'LegalCasePayload';
  errors: Array<CollectionsError>;
  legalCase?: Maybe<LegalCase>;
};

export type LegalCaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type LegalCost = {
  __typename?: 'LegalCost';
  amount: Scalars['Decimal']['output'];
  description: Scalars['String']['output'];
  incurredOn: Scalars['Date']['output'];
};

export type LegalCostInput = {
  amount: Scalars['Decimal']['input'];
  description: Scalars['String']['input'];
  incurredOn: Scalars['Date']['input'];
};

export type LegalDocument = {
  __typename?: 'LegalDocument';
  datedOn?: Maybe<Scalars['Date']['output']>;
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

export type LegalDocumentInput = {
  datedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  reference?: Scalars['String']['input'];
};

export type LegalOutcome =
  | 'PARTIALLY_RECOVERED'
  | 'RECOVERED'
  | 'SETTLED'
  | 'UNRECOVERABLE'
  | 'WITHDRAWN';

export type LegalStage =
  | 'ENFORCEMENT'
  | 'JUDGMENT'
  | 'LAWYER_LETTER'
  | 'LITIGATION';

export type Locale =
  | 'EN'
  | 'ZH_CN';

export type ManagementQuality =
  | 'ADEQUATE'
  | 'STRONG'
  | 'WEAK';

export type MatchReason =
  | 'AMOUNT'
  | 'PAYER_NAME'
  | 'REFERENCE';

export type MatchSuggestion = {
  __typename?: 'MatchSuggestion';
  /** The score as a percentage of the best possible (120). */
  confidence: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The payer's name is the customer's and the amount is the open amount: can be confirmed without confirmInexact. */
  exact: Scalars['Boolean']['output'];
  invoiceId: Scalars['ID']['output'];
  invoiceNumber: Scalars['String']['output'];
  /** How like the customer's name the payer's is, 0-100 (below 50 counts as 0). */
  nameSimilarity: Scalars['Int']['output'];
  openAmount: Scalars['Decimal']['output'];
  reasons: Array<MatchReason>;
  /** 0-120: reference 60, amount 30, payer name up to 30. */
  score: Scalars['Int']['output'];
};

export type MeUpdateInput = {
  /** Leave out or send null to keep the current value. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  locale?: InputMaybe<Locale>;
};

export type Member = {
  __typename?: 'Member';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  seesAllCustomers: Scalars['Boolean']['output'];
  user: User;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  nodes: Array<Member>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberPayload = {
  __typename?: 'MemberPayload';
  errors: Array<AccountError>;
  member?: Maybe<Member>;
};

/** A parameter of a message: the client renders the text for the error's code in the reader's language with these values, formatted by kind. */
export type MessageParam = {
  __typename?: 'MessageParam';
  /** The ISO 4217 currency of an AMOUNT. */
  currency?: Maybe<Scalars['String']['output']>;
  kind: MessageParamKind;
  name: Scalars['String']['output'];
  /** Numbers, amounts and percentages as decimal strings, dates as ISO dates. */
  value: Scalars['String']['output'];
};

export type MessageParamKind =
  | 'AMOUNT'
  | 'DATE'
  | 'NUMBER'
  | 'PERCENT'
  | 'TEXT';

export type MissingData =
  | 'FINANCIALS'
  | 'PAYMENT_HISTORY'
  | 'QUALITATIVE_PROFILE';

export type MoneyAmount = {
  __typename?: 'MoneyAmount';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A draft statement of account for one customer and period, its figures taken from the ledger now. */
  accountStatementCreate: AccountStatementPayload;
  /** Take a draft's figures from the ledger again. */
  accountStatementRefresh: AccountStatementPayload;
  /** Stop every link of the statement from working. */
  accountStatementRevokeLinks: AccountStatementPayload;
  /** Email the statement (PDF and a confirmation link) to the customer's billing contacts; earlier links stop working. */
  accountStatementSend: AccountStatementPayload;
  /** Send a month's statement to every customer with a balance or a movement in it: its draft, else a new one (one per customer, period and currency; repeating sends nobody twice). Customers that cannot be sent (no billing email, …) are listed with the reason and tried again on the next send. */
  accountStatementSendMonth: StatementMonthSendPayload;
  alertAcknowledge: AlertPayload;
  alertResolve: AlertPayload;
  alertRuleCreate: AlertRulePayload;
  alertRuleUpdate: AlertRulePayload;
  /** Run every customer's alert rules now, in the worker (admins); the nightly sweep runs anyway. */
  alertsEvaluateNow: AlertEvaluationPayload;
  /** Create an API key for third-party apps; the secret is shown once. */
  apiKeyCreate: ApiKeyCreatePayload;
  apiKeyRevoke: ApiKeyPayload;
  /** Apply the assignment rules to every active customer; returns the customers whose collector changed (dryRun: would change, nothing written). */
  assignmentRulesApply: AssignmentPayload;
  /** Replace the assignment rules, tried in this order. */
  assignmentRulesSave: AssignmentRulesPayload;
  /** Record an uploaded document's metadata (PDF, images, Office, ZIP; at most 20 MB). */
  attachmentAdd: AttachmentPayload;
  attachmentRemove: AttachmentPayload;
  /** Record a bank line as a payment applied to the invoices given, in one step. */
  bankLineConfirm: BankStatementLinePayload;
  /** Mark a bank line as not a customer payment (e.g. a transfer between own accounts). */
  bankLineIgnore: BankStatementLinePayload;
  /** Log a contact with a customer assigned to the caller. */
  collectionActionCreate: CollectionActionPayload;
  /** Correct an action one logged, within 24 hours; the log is append-only after that. */
  collectionActionUpdate: CollectionActionPayload;
  /** Generate a collection letter (催款函) or a lawyer's-letter draft (律师函) listing the customer's overdue invoices; records a collection action and returns a link to the PDF. */
  collectionLetterCreate: CollectionLetterPayload;
  contactCreate: ContactPayload;
  contactDelete: ContactPayload;
  contactUpdate: ContactPayload;
  /** Assess a customer now (manual); its standing follows the result. */
  creditAssess: CreditAssessmentPayload;
  /** Approve an exception (needs credit:approve; never one's own request). */
  creditExceptionApprove: CreditExceptionPayload;
  creditExceptionReject: CreditExceptionPayload;
  /** Ask to issue exactly this draft invoice despite the limit or a credit hold. */
  creditExceptionRequest: CreditExceptionPayload;
  /** Apply a credit note to invoices of its customer and currency. */
  creditNoteApply: CreditNotePayload;
  /** Issue a credit note. */
  creditNoteCreate: CreditNotePayload;
  /** Void a credit note that was never applied. */
  creditNoteVoid: CreditNotePayload;
  /** Approve an override (needs credit:approve; never one's own request). */
  creditOverrideApprove: CreditOverridePayload;
  creditOverrideReject: CreditOverridePayload;
  /** Ask for a customer-specific limit and/or terms; another manager must approve. */
  creditOverrideRequest: CreditOverridePayload;
  /** Withdraw an override in force; the grade's terms apply again. */
  creditOverrideRevoke: CreditOverridePayload;
  /** Change a grade's policy (with the reason kept); its customers get the new terms. */
  creditPolicyUpdate: CreditPolicyPayload;
  /** Set the qualitative scorecard inputs sent (null = unknown). */
  creditProfileUpdate: CreditProfilePayload;
  creditSettingsUpdate: CreditSettingsPayload;
  customerCreate: CustomerPayload;
  /** Delete a document and its file for good; the audit log keeps its metadata and SHA-256. */
  customerDocumentDelete: CustomerDocumentPayload;
  /** Change a document's type, number, dates or note (the file stays as uploaded). */
  customerDocumentUpdate: CustomerDocumentPayload;
  /** Record a public credit check (e.g. the dishonest judgment debtor list); worse raises an alert. */
  customerPublicRecordFlag: PublicRecordPayload;
  /** Change the fields sent; `version` must be the customer's current version. */
  customerUpdate: CustomerPayload;
  /** Give customers to a collector (null: nobody); returns those that changed. */
  customersAssignCollector: AssignmentPayload;
  /** Open a dispute; the invoices it covers get no reminders while it is open. */
  disputeOpen: DisputePayload;
  disputeResolve: DisputePayload;
  /** Take a customer out of dunning, until a date (inclusive) or until resumed. */
  dunningPause: DunningPausePayload;
  /** Create a dunning policy; the organization's first one becomes its default. */
  dunningPolicyCreate: DunningPolicyPayload;
  /** Replace a dunning policy's settings and stages (all or nothing). */
  dunningPolicyUpdate: DunningPolicyPayload;
  /** Lift every pause of a customer's dunning. */
  dunningResume: DunningResumePayload;
  /** Upload a file and start importing it in the background (job imports.run). */
  importStart: ImportJobPayload;
  /** Accept an invitation (no sign-in needed: the token is the proof). */
  invitationAccept: MemberPayload;
  /** Send a pending invitation again, with a new link valid for 7 more days. */
  invitationResend: InvitationPayload;
  /** Revoke a pending invitation: its link stops working. */
  invitationRevoke: InvitationPayload;
  /** Create a draft invoice. */
  invoiceCreate: InvoicePayload;
  /** Delete a draft invoice. */
  invoiceDelete: InvoicePayload;
  /** Issue a draft: number, dates, credit check. */
  invoiceIssue: InvoicePayload;
  /** Flag or clear a dispute. */
  invoiceSetDispute: InvoicePayload;
  /** Rounding and aging settings of the organization. */
  invoiceSettingsUpdate: InvoiceSettingsPayload;
  /** Change a draft invoice. */
  invoiceUpdate: InvoicePayload;
  /** Void an issued invoice nothing has been applied to. */
  invoiceVoid: InvoicePayload;
  /** Charge late fees for the complete months up to a date (default today); idempotent. */
  lateFeesAssess: LateFeesAssessPayload;
  /** Move a legal case forward (律师函 → litigation → judgment → enforcement), adding costs and documents. */
  legalCaseAdvance: LegalCasePayload;
  /** Close a legal case with its outcome; dunning resumes on what is still open. */
  legalCaseClose: LegalCasePayload;
  /** Escalate invoices to legal collection; they get no normal reminders while the case is open. */
  legalCaseCreate: LegalCasePayload;
  meUpdate: ViewerPayload;
  /** Invite someone by email; they join with the given role. */
  memberInvite: InvitationPayload;
  memberRemove: MemberPayload;
  memberUpdate: MemberPayload;
  /** Create an organization; the caller becomes its owner. */
  organizationCreate: OrganizationPayload;
  organizationUpdate: OrganizationPayload;
  passwordChange: ViewerPayload;
  /** Allocate a payment's unapplied amount: explicitly or oldest due first. */
  paymentAllocate: PaymentPayload;
  /** Match a payment to a customer. */
  paymentAssignCustomer: PaymentPayload;
  /** Cancel an active plan; dunning of its invoices resumes on their own due dates. */
  paymentPlanCancel: PaymentPlanPayload;
  /** Agree a payment plan (分期); its invoices are reminded by its installments while it is active. */
  paymentPlanCreate: PaymentPlanPayload;
  /** Record a payment received, optionally allocating it at once. */
  paymentRecord: PaymentPayload;
  /** Refund part or all of a payment's unapplied amount. */
  paymentRefund: PaymentRefundPayload;
  /** Reverse a payment that did not arrive (bounced cheque, charge-back). */
  paymentReverse: PaymentPayload;
  /** Take back one allocation; its amount is unapplied again. */
  paymentUnallocate: PaymentPayload;
  /** Sets the score weights (whole numbers summing to 100) and the dispute target days. */
  performanceSettingsUpdate: PerformanceSettingsPayload;
  /** Sets a collector's cash and actions targets for a month (null: no target). */
  performanceTargetSet: PerformanceTargetPayload;
  /** Record a promise to pay; no reminders go to the customer while it is open. */
  promiseToPayCreate: PromiseToPayPayload;
  /** Answer for a reminder that needs a person (UNCONFIRMED or FAILED): delivered records it as sent; not delivered sends it again with the same Message-ID. */
  reminderResolve: ReminderPayload;
  statementCreate: FinancialStatementPayload;
  statementDelete: FinancialStatementPayload;
  /** Give a discrepancy to a member to work. */
  statementDiscrepancyAssign: StatementDiscrepancyPayload;
  /** Record how a discrepancy was settled and by which document; the last one resolves the statement. */
  statementDiscrepancyResolve: StatementDiscrepancyPayload;
  /** Set the organization's default statement schedule (no customerId) or a customer's override. */
  statementScheduleSet: StatementSchedulePayload;
  /** Replace a statement's figures; `version` must be current. */
  statementUpdate: FinancialStatementPayload;
  taskComplete: TaskPayload;
  /** Sign in: a short-lived access token and a refresh token. */
  tokenCreate: TokenPayload;
  /** Rotate a refresh token; a reused one revokes its whole family. */
  tokenRefresh: TokenPayload;
  /** Sign out: revoke the refresh token's family (and its access tokens). */
  tokenRevoke: TokenRevokePayload;
  /** Create the organization's endpoint for a provider; its URL names the organization. */
  webhookEndpointCreate: WebhookEndpointPayload;
  webhookEndpointUpdate: WebhookEndpointPayload;
  /** Record a provider payment held for want of an exchange rate, with this rate. */
  webhookHeldPaymentRecord: WebhookPaymentPayload;
  /** Stop a secret verifying deliveries now. */
  webhookSecretRevoke: WebhookSecretPayload;
  /** Add a secret; the ones it replaces stay valid for previousValidHours. */
  webhookSecretRotate: WebhookSecretPayload;
  /** Approve a write-off someone else requested. */
  writeOffApprove: WriteOffPayload;
  /** Reject a write-off someone else requested. */
  writeOffReject: WriteOffPayload;
  /** Request a bad-debt write-off. */
  writeOffRequest: WriteOffPayload;
};


export type MutationAccountStatementCreateArgs = {
  input: AccountStatementCreateInput;
};


export type MutationAccountStatementRefreshArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAccountStatementRevokeLinksArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAccountStatementSendArgs = {
  id: Scalars['ID']['input'];
  linkDays?: Scalars['Int']['input'];
};


export type MutationAccountStatementSendMonthArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  linkDays?: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationAlertAcknowledgeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAlertResolveArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationAlertRuleCreateArgs = {
  input: AlertRuleCreateInput;
};


export type MutationAlertRuleUpdateArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleUpdateInput;
  version: Scalars['Int']['input'];
};


export type MutationApiKeyCreateArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope>;
};


export type MutationApiKeyRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignmentRulesApplyArgs = {
  dryRun?: Scalars['Boolean']['input'];
};


export type MutationAssignmentRulesSaveArgs = {
  rules: Array<AssignmentRuleInput>;
};


export type MutationAttachmentAddArgs = {
  customerId: Scalars['ID']['input'];
  input: AttachmentInput;
};


export type MutationAttachmentRemoveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBankLineConfirmArgs = {
  confirmInexact?: Scalars['Boolean']['input'];
  customerId?: InputMaybe<Scalars['ID']['input']>;
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
  invoiceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationBankLineIgnoreArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCollectionActionCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: CollectionActionInput;
};


export type MutationCollectionActionUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CollectionActionUpdateInput;
  version: Scalars['Int']['input'];
};


export type MutationCollectionLetterCreateArgs = {
  customerId: Scalars['ID']['input'];
  kind: CollectionLetterKind;
};


export type MutationContactCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: ContactInput;
};


export type MutationContactDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationContactUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ContactUpdateInput;
};


export type MutationCreditAssessArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationCreditExceptionApproveArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationCreditExceptionRejectArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationCreditExceptionRequestArgs = {
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreditNoteApplyArgs = {
  applications: Array<InvoiceAmountInput>;
  appliedOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreditNoteCreateArgs = {
  input: CreditNoteCreateInput;
};


export type MutationCreditNoteVoidArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreditOverrideApproveArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationCreditOverrideRejectArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationCreditOverrideRequestArgs = {
  customerId: Scalars['ID']['input'];
  input: CreditOverrideInput;
};


export type MutationCreditOverrideRevokeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreditPolicyUpdateArgs = {
  grade: CreditGrade;
  input: CreditPolicyInput;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCreditProfileUpdateArgs = {
  customerId: Scalars['ID']['input'];
  input: CreditProfileInput;
};


export type MutationCreditSettingsUpdateArgs = {
  input: CreditSettingsInput;
};


export type MutationCustomerCreateArgs = {
  input: CustomerCreateInput;
};


export type MutationCustomerDocumentDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCustomerDocumentUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CustomerDocumentUpdateInput;
};


export type MutationCustomerPublicRecordFlagArgs = {
  checkedOn?: InputMaybe<Scalars['Date']['input']>;
  customerId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  record: PublicRecord;
};


export type MutationCustomerUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CustomerUpdateInput;
  version: Scalars['Int']['input'];
};


export type MutationCustomersAssignCollectorArgs = {
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  customerIds: Array<Scalars['ID']['input']>;
};


export type MutationDisputeOpenArgs = {
  customerId: Scalars['ID']['input'];
  input: DisputeInput;
};


export type MutationDisputeResolveArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  resolution: DisputeResolution;
};


export type MutationDunningPauseArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationDunningPolicyCreateArgs = {
  input: DunningPolicyInput;
};


export type MutationDunningPolicyUpdateArgs = {
  id: Scalars['ID']['input'];
  input: DunningPolicyInput;
  version: Scalars['Int']['input'];
};


export type MutationDunningResumeArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationImportStartArgs = {
  input: ImportStartInput;
};


export type MutationInvitationAcceptArgs = {
  fullName?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type MutationInvitationResendArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInvitationRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInvoiceCreateArgs = {
  input: InvoiceCreateInput;
};


export type MutationInvoiceDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInvoiceIssueArgs = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  issueDate?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationInvoiceSetDisputeArgs = {
  disputed: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationInvoiceSettingsUpdateArgs = {
  input: InvoiceSettingsInput;
};


export type MutationInvoiceUpdateArgs = {
  id: Scalars['ID']['input'];
  input: InvoiceUpdateInput;
};


export type MutationInvoiceVoidArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLateFeesAssessArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationLegalCaseAdvanceArgs = {
  id: Scalars['ID']['input'];
  input: LegalCaseAdvanceInput;
  version: Scalars['Int']['input'];
};


export type MutationLegalCaseCloseArgs = {
  id: Scalars['ID']['input'];
  input: LegalCaseCloseInput;
  version: Scalars['Int']['input'];
};


export type MutationLegalCaseCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: LegalCaseInput;
};


export type MutationMeUpdateArgs = {
  input: MeUpdateInput;
};


export type MutationMemberInviteArgs = {
  email: Scalars['String']['input'];
  role: Role;
};


export type MutationMemberRemoveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMemberUpdateArgs = {
  id: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
  seesAllCustomers?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationOrganizationCreateArgs = {
  input: OrganizationCreateInput;
};


export type MutationOrganizationUpdateArgs = {
  input: OrganizationUpdateInput;
};


export type MutationPasswordChangeArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationPaymentAllocateArgs = {
  allocations?: InputMaybe<Array<InvoiceAmountInput>>;
  id: Scalars['ID']['input'];
  oldestDueFirst?: Scalars['Boolean']['input'];
};


export type MutationPaymentAssignCustomerArgs = {
  customerId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPaymentPlanCancelArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationPaymentPlanCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: PaymentPlanInput;
};


export type MutationPaymentRecordArgs = {
  input: PaymentRecordInput;
};


export type MutationPaymentRefundArgs = {
  amount: Scalars['Decimal']['input'];
  id: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
  refundedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationPaymentReverseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reversedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationPaymentUnallocateArgs = {
  allocationId: Scalars['ID']['input'];
  reversedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationPerformanceSettingsUpdateArgs = {
  input: PerformanceSettingsInput;
};


export type MutationPerformanceTargetSetArgs = {
  input: PerformanceTargetInput;
};


export type MutationPromiseToPayCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: PromiseToPayInput;
};


export type MutationReminderResolveArgs = {
  delivered: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationStatementCreateArgs = {
  customerId: Scalars['ID']['input'];
  input: FinancialStatementInput;
};


export type MutationStatementDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStatementDiscrepancyAssignArgs = {
  id: Scalars['ID']['input'];
  membershipId: Scalars['ID']['input'];
};


export type MutationStatementDiscrepancyResolveArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  resolution: DiscrepancyResolution;
};


export type MutationStatementScheduleSetArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  frequency: StatementFrequency;
  linkDays?: Scalars['Int']['input'];
  openItemsOnly?: Scalars['Boolean']['input'];
  sendDay?: Scalars['Int']['input'];
};


export type MutationStatementUpdateArgs = {
  id: Scalars['ID']['input'];
  input: FinancialStatementInput;
  version: Scalars['Int']['input'];
};


export type MutationTaskCompleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTokenCreateArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  refreshTokenDelivery?: RefreshTokenDelivery;
};


export type MutationTokenRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationTokenRevokeArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationWebhookEndpointCreateArgs = {
  input: WebhookEndpointCreateInput;
};


export type MutationWebhookEndpointUpdateArgs = {
  accountId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationWebhookHeldPaymentRecordArgs = {
  input: WebhookHeldPaymentRecordInput;
};


export type MutationWebhookSecretRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWebhookSecretRotateArgs = {
  input: WebhookSecretRotateInput;
};


export type MutationWriteOffApproveArgs = {
  id: Scalars['ID']['input'];
  writtenOffOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationWriteOffRejectArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationWriteOffRequestArgs = {
  amount: Scalars['Decimal']['input'];
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Organization = {
  __typename?: 'Organization';
  baseCurrency: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  /** Members of the organization (needs members:read). */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** Invitations not yet accepted or revoked, newest first, expired ones included (needs members:manage). */
  pendingInvitations: Array<Invitation>;
  timezone: Scalars['String']['output'];
  /** What the caller may do here (from their role); clients show or hide features by it. */
  viewerPermissions: Array<Permission>;
  /** The caller's role in this organization. */
  viewerRole?: Maybe<Role>;
};


export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationCreateInput = {
  baseCurrency?: Scalars['String']['input'];
  locale?: Locale;
  name: Scalars['String']['input'];
  timezone?: Scalars['String']['input'];
};

/** One organization of the agency overview, as the member sees it, in its base currency. */
export type OrganizationOverview = {
  __typename?: 'OrganizationOverview';
  arTotal: Scalars['Decimal']['output'];
  /** Today in the organization's timezone. */
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  /** Standard DSO over the 90 days ending on asOf. */
  dso?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  openInvoiceCount: Scalars['Int']['output'];
  organizationId: Scalars['ID']['output'];
  overdueAr: Scalars['Decimal']['output'];
  overdueRatio?: Maybe<Scalars['Decimal']['output']>;
  role: Role;
};

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  errors: Array<AccountError>;
  organization?: Maybe<Organization>;
};

export type OrganizationReconciliation = {
  __typename?: 'OrganizationReconciliation';
  confirmed: Scalars['Int']['output'];
  disputed: Scalars['Int']['output'];
  draft: Scalars['Int']['output'];
  /** Customers with an open invoice and no statement for the period. */
  due: Scalars['Int']['output'];
  expired: Scalars['Int']['output'];
  openDiscrepancies: Scalars['Int']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  resolved: Scalars['Int']['output'];
  role: Role;
  sent: Scalars['Int']['output'];
};

export type OrganizationUpdateInput = {
  /** Leave out or send null to keep the current value. */
  baseCurrency?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  locale?: InputMaybe<Locale>;
  /** Leave out or send null to keep the current value. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Leave out or send null to keep the current value. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type OverdueCustomer = {
  __typename?: 'OverdueCustomer';
  code: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  daysOverdue: Scalars['Int']['output'];
  invoiceCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  overdueAmount: Scalars['Decimal']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Payment = {
  __typename?: 'Payment';
  allocated: Scalars['Decimal']['output'];
  allocations: Array<Allocation>;
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** The customer the payment is matched to. */
  customer?: Maybe<Customer>;
  /** null while not matched to a customer */
  customerId?: Maybe<Scalars['ID']['output']>;
  exchangeRate: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  notes: Scalars['String']['output'];
  payerName: Scalars['String']['output'];
  provider?: Maybe<Scalars['String']['output']>;
  providerReference?: Maybe<Scalars['String']['output']>;
  receivedOn: Scalars['Date']['output'];
  reference: Scalars['String']['output'];
  refunded: Scalars['Decimal']['output'];
  refunds: Array<Refund>;
  reversedAt?: Maybe<Scalars['DateTime']['output']>;
  status: PaymentStatus;
  /** amount − allocated − refunded; zero once reversed */
  unapplied: Scalars['Decimal']['output'];
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentError = {
  __typename?: 'PaymentError';
  code: PaymentErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type PaymentErrorCode =
  | 'ALLOCATION_REVERSED'
  | 'CURRENCY_MISMATCH'
  | 'CUSTOMER_MISMATCH'
  | 'CUSTOMER_REQUIRED'
  | 'DATE_BEFORE_DOCUMENT'
  | 'DUPLICATE'
  | 'EXCEEDS_AVAILABLE'
  | 'EXCEEDS_OPEN_AMOUNT'
  | 'EXCHANGE_RATE_REQUIRED'
  | 'FUTURE_DATE'
  | 'HAS_ALLOCATIONS'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_RATE'
  | 'INVOICE_NOT_OPEN'
  | 'NOT_FOUND'
  | 'NO_OPEN_INVOICES'
  | 'PAYMENT_REFUNDED'
  | 'PAYMENT_REVERSED'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY';

export type PaymentFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  hasUnapplied?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  /** reference, payer name or provider reference */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PaymentStatus>;
  /** not yet matched to a customer */
  unmatched?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PaymentMethod =
  | 'ALIPAY'
  | 'BANK_ACCEPTANCE_BILL'
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'OTHER'
  | 'WECHAT_PAY';

export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  errors: Array<PaymentError>;
  payment?: Maybe<Payment>;
};

export type PaymentPlan = {
  __typename?: 'PaymentPlan';
  amount: Scalars['Decimal']['output'];
  collector?: Maybe<Member>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  /** an installment still short this many days after its date defaults the plan */
  defaultAfterDays: Scalars['Int']['output'];
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  installments: Array<PaymentPlanInstallment>;
  invoices: Array<Invoice>;
  madeOn: Scalars['Date']['output'];
  note: Scalars['String']['output'];
  /** payments to its invoices since it was agreed, as of the worker's last tick */
  paidAmount: Scalars['Decimal']['output'];
  status: PaymentPlanStatus;
  version: Scalars['Int']['output'];
};

export type PaymentPlanConnection = {
  __typename?: 'PaymentPlanConnection';
  edges: Array<PaymentPlanEdge>;
  nodes: Array<PaymentPlan>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentPlanEdge = {
  __typename?: 'PaymentPlanEdge';
  cursor: Scalars['String']['output'];
  node: PaymentPlan;
};

export type PaymentPlanInput = {
  amount: Scalars['Decimal']['input'];
  defaultAfterDays?: Scalars['Int']['input'];
  /** by date; they add up to the amount */
  installments: Array<InstallmentInput>;
  invoiceIds: Array<Scalars['ID']['input']>;
  note?: Scalars['String']['input'];
};

export type PaymentPlanInstallment = {
  __typename?: 'PaymentPlanInstallment';
  amount: Scalars['Decimal']['output'];
  dueDate: Scalars['Date']['output'];
  /** the plan's payments so far, filling the installments in date order */
  paidAmount: Scalars['Decimal']['output'];
  sequence: Scalars['Int']['output'];
};

export type PaymentPlanPayload = {
  __typename?: 'PaymentPlanPayload';
  errors: Array<CollectionsError>;
  plan?: Maybe<PaymentPlan>;
};

export type PaymentPlanStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DEFAULTED';

export type PaymentRecordInput = {
  /** allocate at once to these invoices */
  allocations?: InputMaybe<Array<InvoiceAmountInput>>;
  amount: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  customerId?: InputMaybe<Scalars['ID']['input']>;
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  method: PaymentMethod;
  notes?: Scalars['String']['input'];
  /** allocate at once, oldest due first */
  oldestDueFirst?: Scalars['Boolean']['input'];
  payerName?: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
  reference?: Scalars['String']['input'];
};

export type PaymentRefundPayload = {
  __typename?: 'PaymentRefundPayload';
  errors: Array<PaymentError>;
  payment?: Maybe<Payment>;
  refund?: Maybe<Refund>;
};

export type PaymentSort = {
  descending?: Scalars['Boolean']['input'];
  field?: PaymentSortField;
};

export type PaymentSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'RECEIVED_ON';

export type PaymentStatus =
  | 'RECEIVED'
  | 'REVERSED';

/** One component of a score: value → 0–100 points × weight. */
export type PerformanceComponent = {
  __typename?: 'PerformanceComponent';
  /** points × weight ÷ Σ weights kept. */
  contribution?: Maybe<Scalars['Decimal']['output']>;
  /** The weight scaled up over the components kept, in percent. */
  effectiveWeight?: Maybe<Scalars['Decimal']['output']>;
  excluded?: Maybe<PerformanceExclusion>;
  key: PerformanceComponentKey;
  points?: Maybe<Scalars['Decimal']['output']>;
  /** cash and actions: the period's target; dso: best possible DSO; disputes: target days. */
  target?: Maybe<Scalars['Decimal']['output']>;
  /** cash: collected; cei: percent; dso: standard DSO; overdueChange: overdue AR at the end − at the start; actions: logged; promises: kept rate (0–1); disputes: average days to resolve. */
  value?: Maybe<Scalars['Decimal']['output']>;
  weight: Scalars['Int']['output'];
};

export type PerformanceComponentKey =
  | 'ACTIONS'
  | 'CASH'
  | 'CEI'
  | 'DISPUTES'
  | 'DSO'
  | 'OVERDUE_CHANGE'
  | 'PROMISES';

export type PerformanceError = {
  __typename?: 'PerformanceError';
  code: PerformanceErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type PerformanceErrorCode =
  | 'INVALID_MEMBER'
  | 'INVALID_TARGET'
  | 'INVALID_TARGET_DAYS'
  | 'NOT_FOUND'
  | 'STALE_VERSION'
  | 'WEIGHTS_SUM'
  | 'WEIGHT_OUT_OF_RANGE';

/** Why a component is left out of the score (its weight goes to the others). */
export type PerformanceExclusion =
  | 'NOTHING_DUE'
  | 'NO_TARGET'
  | 'ZERO_DENOMINATOR';

export type PerformanceLeaderboard = {
  __typename?: 'PerformanceLeaderboard';
  currency: Scalars['String']['output'];
  end: Scalars['Date']['output'];
  rows: Array<CollectorPerformance>;
  start: Scalars['Date']['output'];
};

/** A period of whole days in the organization's time, both ends included, not in the future. */
export type PerformancePeriodInput = {
  end: Scalars['Date']['input'];
  start: Scalars['Date']['input'];
};

/** The organization's score weights (whole numbers summing to 100) and dispute target. */
export type PerformanceSettings = {
  __typename?: 'PerformanceSettings';
  actions: Scalars['Int']['output'];
  cash: Scalars['Int']['output'];
  cei: Scalars['Int']['output'];
  disputeTargetDays: Scalars['Int']['output'];
  disputes: Scalars['Int']['output'];
  dso: Scalars['Int']['output'];
  overdueChange: Scalars['Int']['output'];
  promises: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type PerformanceSettingsInput = {
  disputeTargetDays: Scalars['Int']['input'];
  /** The version read; refused when someone changed them meanwhile. */
  version?: InputMaybe<Scalars['Int']['input']>;
  weights: PerformanceWeightsInput;
};

export type PerformanceSettingsPayload = {
  __typename?: 'PerformanceSettingsPayload';
  errors: Array<PerformanceError>;
  settings?: Maybe<PerformanceSettings>;
};

/** A collector's targets for a calendar month. */
export type PerformanceTarget = {
  __typename?: 'PerformanceTarget';
  actionsTarget?: Maybe<Scalars['Int']['output']>;
  cashTarget?: Maybe<Scalars['Decimal']['output']>;
  collectorId: Scalars['ID']['output'];
  month: Scalars['Date']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PerformanceTargetInput = {
  actionsTarget?: InputMaybe<Scalars['Int']['input']>;
  cashTarget?: InputMaybe<Scalars['Decimal']['input']>;
  collectorId: Scalars['ID']['input'];
  /** Any day of the month. */
  month: Scalars['Date']['input'];
};

export type PerformanceTargetPayload = {
  __typename?: 'PerformanceTargetPayload';
  errors: Array<PerformanceError>;
  target?: Maybe<PerformanceTarget>;
};

export type PerformanceWeightsInput = {
  actions: Scalars['Int']['input'];
  cash: Scalars['Int']['input'];
  cei: Scalars['Int']['input'];
  disputes: Scalars['Int']['input'];
  dso: Scalars['Int']['input'];
  overdueChange: Scalars['Int']['input'];
  promises: Scalars['Int']['input'];
};

/** What a role may do (docs/roles.md). */
export type Permission =
  | 'ALERTS_WORK'
  | 'ALERT_RULES_MANAGE'
  | 'API_KEYS_MANAGE'
  | 'AUDIT_READ'
  | 'COLLECTIONS_WORK'
  | 'CREDIT_APPROVE'
  | 'CREDIT_ASSESS'
  | 'CREDIT_EXCEPTION_REQUEST'
  | 'CREDIT_POLICY_MANAGE'
  | 'CUSTOMERS_MANAGE'
  | 'CUSTOMERS_READ'
  | 'DUNNING_POLICIES_MANAGE'
  | 'IMPORTS_RUN'
  | 'INVOICES_MANAGE'
  | 'MEMBERS_MANAGE'
  | 'MEMBERS_READ'
  | 'ORGANIZATION_MANAGE'
  | 'PAYMENTS_MANAGE'
  | 'PERFORMANCE_MANAGE'
  | 'PERFORMANCE_OWN'
  | 'PERFORMANCE_READ'
  | 'WEBHOOKS_MANAGE'
  | 'WRITE_OFFS_APPROVE'
  | 'WRITE_OFFS_REQUEST';

export type PromiseToPay = {
  __typename?: 'PromiseToPay';
  amount: Scalars['Decimal']['output'];
  collector?: Maybe<Member>;
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  /** min(paid ÷ amount, 1) once settled; the kept rate counts it so */
  keptRatio?: Maybe<Scalars['Decimal']['output']>;
  madeOn: Scalars['Date']['output'];
  note: Scalars['String']['output'];
  /** payments to its invoices from made_on to promised_on, once settled */
  paidAmount: Scalars['Decimal']['output'];
  promisedOn: Scalars['Date']['output'];
  settledOn?: Maybe<Scalars['Date']['output']>;
  status: PromiseToPayStatus;
};

export type PromiseToPayConnection = {
  __typename?: 'PromiseToPayConnection';
  edges: Array<PromiseToPayEdge>;
  nodes: Array<PromiseToPay>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PromiseToPayEdge = {
  __typename?: 'PromiseToPayEdge';
  cursor: Scalars['String']['output'];
  node: PromiseToPay;
};

export type PromiseToPayInput = {
  amount: Scalars['Decimal']['input'];
  invoiceIds: Array<Scalars['ID']['input']>;
  note?: Scalars['String']['input'];
  promisedOn: Scalars['Date']['input'];
};

export type PromiseToPayPayload = {
  __typename?: 'PromiseToPayPayload';
  errors: Array<CollectionsError>;
  promise?: Maybe<PromiseToPay>;
};

export type PromiseToPayStatus =
  | 'BROKEN'
  | 'KEPT'
  | 'OPEN';

export type PublicRecord =
  | 'CLEAN'
  | 'DISHONEST'
  | 'MINOR';

export type PublicRecordPayload = {
  __typename?: 'PublicRecordPayload';
  /** The alert raised, when the record got worse. */
  alert?: Maybe<Alert>;
  errors: Array<AlertError>;
  profile?: Maybe<CreditProfile>;
};

export type Query = {
  __typename?: 'Query';
  /** One statement of account with its lines and running balance. */
  accountStatement?: Maybe<AccountStatement>;
  /** Statements of account of the customers the caller sees, latest period first. */
  accountStatements: AccountStatementConnection;
  /** Every organization the signed-in user belongs to: AR, overdue AR and DSO as of each one's today. */
  agencyOverview: Array<OrganizationOverview>;
  /** Aging of open AR as of a date (default: today), in the base currency. */
  aging: AgingReport;
  /** The aging table by customer as of a date (default: today): customers × buckets with totals, largest total first; drill down with invoices(filter: {customerId}) . */
  agingByCustomer: AgingByCustomer;
  /** Unresolved alerts by state and severity, for the dashboard. */
  alertCounts: AlertCounts;
  /** The organization's early-warning rules. */
  alertRules: Array<AlertRule>;
  /** Alerts of each severity the list shows under `filter`'s other filters (states included; unresolved when none). */
  alertSeverityCounts: AlertSeverityCounts;
  /** Alerts of the customers the caller sees, newest first; unresolved ones by default. */
  alerts: AlertConnection;
  /** API keys of the organization (needs api_keys:manage). */
  apiKeys: Array<ApiKey>;
  /** The organization's collector assignment rules, in the order they are tried. */
  assignmentRules: Array<AssignmentRule>;
  /** Every action the audit log records, for a filter's choices. */
  auditActions: Array<AuditAction>;
  /** The organization's audit log, newest first (needs audit:read). */
  auditLog: AuditEntryConnection;
  /** Imported bank statement lines, newest first (needs payments:manage). */
  bankStatementLines: BankStatementLineConnection;
  /** Expected collections per week for the 13 weeks from asOf (default: today), against past actuals. */
  cashForecast: CashForecast;
  /** The collection log of the customers the caller sees, newest first. */
  collectionActions: CollectionActionConnection;
  /** A customer's collection timeline, newest first: reminders sent, actions, promises, payment plans, disputes and legal cases. */
  collectionTimeline: CollectionTimelineConnection;
  /** The collector's worklist, ranked (promised today, follow-ups due, then by score); the caller's own customers by default, managers choose a collector or all. */
  collectionWorklist: WorklistConnection;
  /** One collector's score and its breakdown; a collector may read only their own. */
  collectorPerformance: CollectorPerformance;
  /** Exception requests of the customers the caller sees, newest first. */
  creditExceptions: CreditExceptionConnection;
  creditNote?: Maybe<CreditNote>;
  creditNotes: CreditNoteConnection;
  /** Override requests and decisions of the customers the caller sees, newest first. */
  creditOverrides: CreditOverrideConnection;
  /** The policy of every grade, best first. */
  creditPolicies: Array<CreditPolicy>;
  /** Who changed settings, grade policies and overrides, and why (needs credit:policy or audit:read). */
  creditPolicyChanges: CreditPolicyChangeConnection;
  /** Scorecard weights, grade thresholds, who may request exceptions. */
  creditSettings: CreditSettings;
  /** One customer, if the caller may see it. */
  customer?: Maybe<Customer>;
  /** The largest document POST /documents/customers/{id} accepts, in bytes (MAX_DOCUMENT_BYTES). */
  customerDocumentMaxBytes: Scalars['Int']['output'];
  /** A customer's unapplied cash per currency (received, not allocated nor refunded). */
  customerUnappliedCash: Array<MoneyAmount>;
  /** Customers the caller sees: search by name, code, credit code or contact; filter; sort. */
  customers: CustomerConnection;
  /** The dashboard as of a date (default: today in the organization's timezone). */
  dashboard: Dashboard;
  /** Disputes of the customers the caller sees, newest first. */
  disputes: DisputeConnection;
  /** What a dunning policy would send a customer, day by day from `from` (today or later) for `days` (at most 120), and why what falls due is not sent; by the reminder worker's own rule, as of today's ledger. */
  dunningCalendar: DunningCalendar;
  /** The customer's dunning pause in force today (the organization's local day), if any. */
  dunningPause?: Maybe<DunningPause>;
  /** The organization's dunning policies, the default first. */
  dunningPolicies: Array<DunningPolicy>;
  /** One import job with its progress (needs imports:run). */
  importJob?: Maybe<ImportJob>;
  /** Import jobs, newest first (needs imports:run). */
  importJobs: ImportJobConnection;
  /** An invitation, by the token of its link (no sign-in needed: the token is the proof). */
  invitation: InvitationPreviewPayload;
  invoice?: Maybe<Invoice>;
  invoiceSettings: InvoiceSettings;
  /** Invoices the caller may see (collectors and sales: their customers'). */
  invoices: InvoiceConnection;
  /** Every KPI of domain.md for a period (inclusive dates, organization time), optionally cut. */
  kpis: KpiReport;
  /** Legal cases of the customers the caller sees, newest first. */
  legalCases: LegalCaseConnection;
  /** The signed-in user. */
  me: Viewer;
  /** The organization named by the X-Organization header. */
  organization: Organization;
  payment?: Maybe<Payment>;
  /** Payment plans of the customers the caller sees, newest first. */
  paymentPlans: PaymentPlanConnection;
  /** Payments the caller may see (collectors and sales: their customers'). */
  payments: PaymentConnection;
  /** Collectors' scores for a period, best first; a collector sees only their own row. */
  performanceLeaderboard: PerformanceLeaderboard;
  /** The organization's score weights and dispute target. */
  performanceSettings: PerformanceSettings;
  /** Collectors' monthly targets for the months of a period (managers). */
  performanceTargets: Array<PerformanceTarget>;
  /** Promises to pay of the customers the caller sees, by promised date (latest first). */
  promisesToPay: PromiseToPayConnection;
  /** The risk worker's runs, newest first (needs credit:assess or audit:read). */
  reassessmentRuns: ReassessmentRunConnection;
  /** Every organization the signed-in user belongs to, with last month's statements by status and the customers still due one (the agency view; no X-Organization needed). */
  reconciliationOverview: Array<OrganizationReconciliation>;
  /** Reminders claimed by the worker, newest first; filter on FAILED, UNCONFIRMED, NO_RECIPIENT for those a person must look at. */
  reminders: ReminderConnection;
  /** Discrepancies raised by customers on the statements the caller sees, oldest first; open ones by default. */
  statementDiscrepancies: StatementDiscrepancyConnection;
  /** Runs of the statement schedule, newest first, with the customers skipped and why. */
  statementRuns: StatementRunTypeConnection;
  /** The organization's default statement schedule and the per-customer overrides. */
  statementSchedules: Array<StatementScheduleType>;
  /** Follow-up tasks: unapplied cash, disputes (needs payments:manage). */
  tasks: TaskConnection;
  /** Trend series from the daily snapshots: one point per day, ISO week or month of [from, to]. */
  trends: Array<TrendSeriesPoint>;
  /** Every webhook delivery as received, newest first (needs webhooks:manage). */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Payment-provider webhook endpoints (needs webhooks:manage). */
  webhookEndpoints: Array<WebhookEndpoint>;
  /** Write-offs, e.g. the requests waiting for approval (status: REQUESTED). */
  writeOffs: WriteOffConnection;
};


export type QueryAccountStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountStatementFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  cut?: InputMaybe<AnalyticsCut>;
};


export type QueryAgingByCustomerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  cut?: InputMaybe<AnalyticsCut>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertSeverityCountsArgs = {
  filter?: InputMaybe<AlertFilterInput>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBankStatementLinesArgs = {
  account?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<BankLineState>;
};


export type QueryCashForecastArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCollectionActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectionTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectionWorklistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorklistFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectorPerformanceArgs = {
  collectorId: Scalars['ID']['input'];
  period: PerformancePeriodInput;
};


export type QueryCreditExceptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CreditDecisionStatus>;
};


export type QueryCreditNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCreditNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CreditNoteStatus>;
};


export type QueryCreditOverridesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CreditDecisionStatus>;
};


export type QueryCreditPolicyChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerUnappliedCashArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  descending?: Scalars['Boolean']['input'];
  filter?: InputMaybe<CustomerFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: CustomerSortField;
};


export type QueryDashboardArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryDunningCalendarArgs = {
  customerId: Scalars['ID']['input'];
  days?: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
  policyId: Scalars['ID']['input'];
};


export type QueryDunningPauseArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ImportKind>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InvoiceSort>;
};


export type QueryKpisArgs = {
  cut?: InputMaybe<AnalyticsCut>;
  end: Scalars['Date']['input'];
  start: Scalars['Date']['input'];
};


export type QueryLegalCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LegalCaseStatus>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PaymentPlanStatus>;
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PaymentSort>;
};


export type QueryPerformanceLeaderboardArgs = {
  period: PerformancePeriodInput;
};


export type QueryPerformanceTargetsArgs = {
  period: PerformancePeriodInput;
};


export type QueryPromisesToPayArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PromiseToPayStatus>;
};


export type QueryReassessmentRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRemindersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ReminderStatus>>;
};


export type QueryStatementDiscrepanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementDiscrepancyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStatementRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TaskKind>;
  state?: InputMaybe<TaskState>;
};


export type QueryTrendsArgs = {
  from: Scalars['Date']['input'];
  granularity: TrendGranularity;
  to: Scalars['Date']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWriteOffsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WriteOffStatus>;
};

export type ReassessmentRun = {
  __typename?: 'ReassessmentRun';
  asOf: Scalars['Date']['output'];
  assessmentsWritten: Scalars['Int']['output'];
  batches: Scalars['Int']['output'];
  customersSeen: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: ReassessmentRunStatus;
  trigger: ReassessmentRunTrigger;
};

export type ReassessmentRunConnection = {
  __typename?: 'ReassessmentRunConnection';
  edges: Array<ReassessmentRunEdge>;
  nodes: Array<ReassessmentRun>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReassessmentRunEdge = {
  __typename?: 'ReassessmentRunEdge';
  cursor: Scalars['String']['output'];
  node: ReassessmentRun;
};

export type ReassessmentRunStatus =
  | 'ABANDONED'
  | 'COMPLETED'
  | 'RUNNING';

export type ReassessmentRunTrigger =
  | 'EVENT'
  | 'MANUAL'
  | 'SCHEDULE';

export type ReconciliationError = {
  __typename?: 'ReconciliationError';
  code: ReconciliationErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type ReconciliationErrorCode =
  | 'INVALID'
  | 'INVALID_CURRENCY'
  | 'INVALID_PERIOD'
  | 'INVALID_STATE'
  | 'LEDGER_MOVED'
  | 'NOT_A_MEMBER'
  | 'NOT_FOUND'
  | 'NO_BILLING_CONTACT'
  | 'OPEN_DISCREPANCIES'
  | 'REQUIRED'
  | 'TOO_LONG';

export type ReconciliationStatus = {
  __typename?: 'ReconciliationStatus';
  lastConfirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The end of the latest period the customer confirmed. */
  lastConfirmedPeriodEnd?: Maybe<Scalars['Date']['output']>;
  latestStatementStatus?: Maybe<AccountStatementStatus>;
  openDiscrepancies: Scalars['Int']['output'];
};

/** Where tokenCreate hands out the refresh token. */
export type RefreshTokenDelivery =
  /** In the payload's refreshToken (API clients). */
  | 'BODY'
  /** In an httpOnly cookie for POST /auth/refresh (the web app); refreshToken is null. */
  | 'COOKIE';

export type Refund = {
  __typename?: 'Refund';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  paymentId: Scalars['ID']['output'];
  providerReference?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  refundedOn: Scalars['Date']['output'];
};

export type Reminder = {
  __typename?: 'Reminder';
  attempts: Scalars['Int']['output'];
  channel: DunningChannel;
  createdAt: Scalars['DateTime']['output'];
  customer?: Maybe<Customer>;
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  lastError: Scalars['String']['output'];
  /** the organization's local day it goes out */
  localDay: Scalars['Date']['output'];
  messageId: Scalars['String']['output'];
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  offsetDays: Scalars['Int']['output'];
  recipient: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReminderStatus;
  subject: Scalars['String']['output'];
};

export type ReminderConnection = {
  __typename?: 'ReminderConnection';
  edges: Array<ReminderEdge>;
  nodes: Array<Reminder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReminderEdge = {
  __typename?: 'ReminderEdge';
  cursor: Scalars['String']['output'];
  node: Reminder;
};

export type ReminderPayload = {
  __typename?: 'ReminderPayload';
  errors: Array<CollectionsError>;
  reminder?: Maybe<Reminder>;
};

export type ReminderStatus =
  | 'CLAIMED'
  | 'FAILED'
  | 'NO_RECIPIENT'
  | 'RETRY'
  | 'SENDING'
  | 'SENT'
  | 'TASK_CREATED'
  | 'UNCONFIRMED';

/** owner, admin, finance, collector, sales, auditor */
export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'COLLECTOR'
  | 'FINANCE'
  | 'OWNER'
  | 'SALES';

/** half_up, or bankers' (half to even) */
export type Rounding =
  | 'BANKERS'
  | 'HALF_UP';

export type SkippedCustomer = {
  __typename?: 'SkippedCustomer';
  code: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  reason: ReconciliationErrorCode;
};

export type StatementAccessAction =
  | 'CONFIRM'
  | 'DISPUTE'
  | 'DOWNLOAD'
  | 'REFUSED'
  | 'VIEW';

export type StatementAccessEntry = {
  __typename?: 'StatementAccessEntry';
  action: StatementAccessAction;
  at: Scalars['DateTime']['output'];
  detail: Scalars['JSON']['output'];
  ip: Scalars['String']['output'];
  userAgent: Scalars['String']['output'];
};

export type StatementDiscrepancy = {
  __typename?: 'StatementDiscrepancy';
  assignedTo?: Maybe<Member>;
  attachmentName?: Maybe<Scalars['String']['output']>;
  attachmentType?: Maybe<Scalars['String']['output']>;
  /** A link to the customer's file that works for 15 minutes without signing in. */
  attachmentUrl?: Maybe<Scalars['String']['output']>;
  contactName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The customer's figure for the line. */
  customerAmount?: Maybe<Scalars['Decimal']['output']>;
  customerNote: Scalars['String']['output'];
  /** The invoice or credit note posted to settle it. */
  documentId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The disputed line (of the revision the customer answered). */
  line?: Maybe<AccountStatementLine>;
  reason: StatementDisputeReason;
  resolution?: Maybe<DiscrepancyResolution>;
  resolutionNote: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<User>;
  revision: Scalars['Int']['output'];
  statementId: Scalars['ID']['output'];
  status: DiscrepancyStatus;
  version: Scalars['Int']['output'];
};

export type StatementDiscrepancyConnection = {
  __typename?: 'StatementDiscrepancyConnection';
  edges: Array<StatementDiscrepancyEdge>;
  nodes: Array<StatementDiscrepancy>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementDiscrepancyEdge = {
  __typename?: 'StatementDiscrepancyEdge';
  cursor: Scalars['String']['output'];
  node: StatementDiscrepancy;
};

export type StatementDiscrepancyFilterInput = {
  /** A membership id. */
  assignedToId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<DiscrepancyStatus>>;
};

export type StatementDiscrepancyPayload = {
  __typename?: 'StatementDiscrepancyPayload';
  discrepancy?: Maybe<StatementDiscrepancy>;
  errors: Array<ReconciliationError>;
};

export type StatementDisputeReason =
  | 'AMOUNT_DIFFERS'
  | 'DUPLICATE'
  | 'MISSING_INVOICE'
  | 'MISSING_PAYMENT'
  | 'OTHER';

export type StatementFrequency =
  | 'MONTHLY'
  | 'OFF'
  | 'QUARTERLY';

export type StatementLinkInfo = {
  __typename?: 'StatementLinkInfo';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  recipients: Array<Scalars['String']['output']>;
  revision: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type StatementMonthSendPayload = {
  __typename?: 'StatementMonthSendPayload';
  alreadySent: Scalars['Int']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  errors: Array<ReconciliationError>;
  nothingToReconcile: Scalars['Int']['output'];
  periodEnd?: Maybe<Scalars['Date']['output']>;
  periodStart?: Maybe<Scalars['Date']['output']>;
  sent: Array<AccountStatement>;
  skipped: Array<SkippedCustomer>;
};

export type StatementRunType = {
  __typename?: 'StatementRunType';
  alreadySent: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nothingToReconcile: Scalars['Int']['output'];
  runOn: Scalars['Date']['output'];
  sent: Scalars['Int']['output'];
  skipped: Array<SkippedCustomer>;
  startedAt: Scalars['DateTime']['output'];
};

export type StatementRunTypeConnection = {
  __typename?: 'StatementRunTypeConnection';
  edges: Array<StatementRunTypeEdge>;
  nodes: Array<StatementRunType>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementRunTypeEdge = {
  __typename?: 'StatementRunTypeEdge';
  cursor: Scalars['String']['output'];
  node: StatementRunType;
};

export type StatementSchedulePayload = {
  __typename?: 'StatementSchedulePayload';
  errors: Array<ReconciliationError>;
  schedule?: Maybe<StatementScheduleType>;
};

export type StatementScheduleType = {
  __typename?: 'StatementScheduleType';
  /** Null: the organization's default. */
  customerId?: Maybe<Scalars['ID']['output']>;
  frequency: StatementFrequency;
  id: Scalars['ID']['output'];
  linkDays: Scalars['Int']['output'];
  openItemsOnly: Scalars['Boolean']['output'];
  sendDay: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type Task = {
  __typename?: 'Task';
  createdAt: Scalars['DateTime']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: TaskKind;
  state: TaskState;
  targetId: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  nodes: Array<Task>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskKind =
  | 'DISPUTE'
  | 'NEEDS_RATE'
  | 'REFUND_EXCESS'
  | 'UNAPPLIED_CASH';

export type TaskPayload = {
  __typename?: 'TaskPayload';
  errors: Array<WebhookError>;
  task?: Maybe<Task>;
};

export type TaskState =
  | 'DONE'
  | 'OPEN';

export type TokenPayload = {
  __typename?: 'TokenPayload';
  accessToken?: Maybe<Scalars['String']['output']>;
  accessTokenExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  errors: Array<AccountError>;
  refreshToken?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type TokenRevokePayload = {
  __typename?: 'TokenRevokePayload';
  errors: Array<AccountError>;
  revoked: Scalars['Boolean']['output'];
};

export type TrendGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type TrendPoint = {
  __typename?: 'TrendPoint';
  ar: Scalars['Decimal']['output'];
  cashCollected: Scalars['Decimal']['output'];
  creditSales: Scalars['Decimal']['output'];
  dso?: Maybe<Scalars['Decimal']['output']>;
  end: Scalars['Date']['output'];
  overdueAr: Scalars['Decimal']['output'];
  start: Scalars['Date']['output'];
};

/** A day, ISO week or month of the daily snapshots: positions at its last snapshot day (null when none was taken), flows summed over its snapshot days. */
export type TrendSeriesPoint = {
  __typename?: 'TrendSeriesPoint';
  arTotal?: Maybe<Scalars['Decimal']['output']>;
  buckets: Array<BucketAmount>;
  cashCollected: Scalars['Decimal']['output'];
  ceiMonthToDate?: Maybe<Scalars['Decimal']['output']>;
  creditSales: Scalars['Decimal']['output'];
  currentAr?: Maybe<Scalars['Decimal']['output']>;
  /** Standard DSO over the 90 days ending on the last snapshot day. */
  dso?: Maybe<Scalars['Decimal']['output']>;
  end: Scalars['Date']['output'];
  overdueAr?: Maybe<Scalars['Decimal']['output']>;
  snapshotDays: Scalars['Int']['output'];
  start: Scalars['Date']['output'];
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
};

export type Viewer = {
  __typename?: 'Viewer';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  /** Organizations the user belongs to, by name; `search` filters by name. */
  organizations: Array<Organization>;
};


export type ViewerOrganizationsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ViewerPayload = {
  __typename?: 'ViewerPayload';
  errors: Array<AccountError>;
  user?: Maybe<User>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The raw body as received (UTF-8; undecodable bytes replaced); only its start for a delivery to no endpoint, empty once the retention period has passed. */
  body: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** The provider's event id, once the signature verified. */
  eventId?: Maybe<Scalars['String']['output']>;
  headers: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  provider: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** The sender's address. */
  sourceAddress?: Maybe<Scalars['String']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryFilter = {
  eventId?: InputMaybe<Scalars['String']['input']>;
  provider?: InputMaybe<WebhookProvider>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

export type WebhookDeliveryStatus =
  | 'ACCEPTED'
  | 'DUPLICATE'
  | 'FAILED'
  | 'HELD'
  | 'PROCESSED'
  | 'REJECTED';

export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Alipay app_id or WeChat Pay mchid the notifications must carry. */
  accountId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  provider: WebhookProvider;
  secrets: Array<WebhookSecret>;
  /** The URL to give the provider (POST). */
  url: Scalars['String']['output'];
};

export type WebhookEndpointCreateInput = {
  /** Alipay app_id / WeChat Pay mchid (required for those). */
  accountId?: Scalars['String']['input'];
  provider: WebhookProvider;
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  endpoint?: Maybe<WebhookEndpoint>;
  errors: Array<WebhookError>;
};

export type WebhookError = {
  __typename?: 'WebhookError';
  code: WebhookErrorCode;
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The values the message for this code is rendered with. */
  params: Array<MessageParam>;
};

export type WebhookErrorCode =
  | 'ALREADY_DONE'
  | 'ENDPOINT_EXISTS'
  | 'INVALID'
  | 'INVALID_GRACE'
  | 'INVALID_SECRET'
  | 'KEY_ID_REQUIRED'
  | 'NOT_FOUND'
  | 'REQUIRED'
  | 'SECRET_KIND_NOT_FOR_PROVIDER';

export type WebhookHeldPaymentRecordInput = {
  /** The held payment event (the NEEDS_RATE task's targetId). */
  eventId: Scalars['ID']['input'];
  /** The rate of the payment's currency in the base currency. */
  exchangeRate: Scalars['Decimal']['input'];
};

export type WebhookPaymentPayload = {
  __typename?: 'WebhookPaymentPayload';
  errors: Array<WebhookError>;
  payment?: Maybe<Payment>;
};

export type WebhookProvider =
  | 'ALIPAY'
  | 'GENERIC'
  | 'STRIPE'
  | 'WECHATPAY';

export type WebhookSecret = {
  __typename?: 'WebhookSecret';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** First hex digits of the SHA-256 of the value (the value is never returned). */
  fingerprint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Verifies deliveries now: not expired or revoked. */
  isValid: Scalars['Boolean']['output'];
  /** WeChat Pay platform serial number; empty otherwise. */
  keyId: Scalars['String']['output'];
  kind: WebhookSecretKind;
};

export type WebhookSecretKind =
  | 'ALIPAY_PUBLIC_KEY'
  | 'API_V3_KEY'
  | 'PLATFORM_PUBLIC_KEY'
  | 'SIGNING_SECRET';

export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  errors: Array<WebhookError>;
  secret?: Maybe<WebhookSecret>;
};

export type WebhookSecretRotateInput = {
  endpointId: Scalars['ID']['input'];
  /** WeChat Pay platform certificate serial number. */
  keyId?: Scalars['String']['input'];
  kind: WebhookSecretKind;
  /** How long the secrets it replaces stay valid (0: revoke now). */
  previousValidHours?: Scalars['Int']['input'];
  /** Stored encrypted; never returned. */
  value: Scalars['String']['input'];
};

export type WorklistConnection = {
  __typename?: 'WorklistConnection';
  edges: Array<WorklistEdge>;
  nodes: Array<WorklistItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorklistEdge = {
  __typename?: 'WorklistEdge';
  cursor: Scalars['String']['output'];
  node: WorklistItem;
};

export type WorklistFilterInput = {
  /** managers: every customer's */
  allCollectors?: Scalars['Boolean']['input'];
  /** managers: this collector's list */
  collectorId?: InputMaybe<Scalars['ID']['input']>;
  /** only promises due today and follow-ups due */
  dueTodayOnly?: Scalars['Boolean']['input'];
  /** '' for customers not assessed */
  grades?: Array<Scalars['String']['input']>;
  /** upper bound of the overdue amount, exclusive */
  maxOverdueAmount?: InputMaybe<Scalars['Decimal']['input']>;
  minOverdueAmount?: Scalars['Decimal']['input'];
  regions?: Array<Scalars['String']['input']>;
};

export type WorklistItem = {
  __typename?: 'WorklistItem';
  collector?: Maybe<Member>;
  customer?: Maybe<Customer>;
  /** The dunning pause in force today, if any: no reminders go out; the customer stays on the list. */
  dunningPause?: Maybe<DunningPause>;
  grade?: Maybe<Scalars['String']['output']>;
  /** The latest action a person logged (the one lastActionAt and nextFollowUpOn come from). */
  lastAction?: Maybe<CollectionAction>;
  lastActionAt?: Maybe<Scalars['DateTime']['output']>;
  /** asked by the latest action logged by a person */
  nextFollowUpOn?: Maybe<Scalars['Date']['output']>;
  openAmount: Scalars['Decimal']['output'];
  overdueAmount: Scalars['Decimal']['output'];
  /** the amount promised for today, when a promise falls due today */
  promisedToday?: Maybe<Scalars['Decimal']['output']>;
  /** why it is on the list, in rank order: promised today, follow-up due, overdue */
  reason: WorklistReason;
  region: Scalars['String']['output'];
  /** risk of the grade × Σ (overdue open amount × days past due) over its parts */
  score: Scalars['Decimal']['output'];
  worstDaysOverdue: Scalars['Int']['output'];
};

export type WorklistReason =
  | 'FOLLOW_UP_DUE'
  | 'OVERDUE'
  | 'PROMISED_TODAY';

export type WriteOff = {
  __typename?: 'WriteOff';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedById?: Maybe<Scalars['ID']['output']>;
  decisionNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Scalars['ID']['output'];
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  requestedById: Scalars['ID']['output'];
  status: WriteOffStatus;
  writtenOffOn?: Maybe<Scalars['Date']['output']>;
};

export type WriteOffConnection = {
  __typename?: 'WriteOffConnection';
  edges: Array<WriteOffEdge>;
  nodes: Array<WriteOff>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WriteOffEdge = {
  __typename?: 'WriteOffEdge';
  cursor: Scalars['String']['output'];
  node: WriteOff;
};

export type WriteOffPayload = {
  __typename?: 'WriteOffPayload';
  errors: Array<InvoiceError>;
  writeOff?: Maybe<WriteOff>;
};

export type WriteOffStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type TokenCreateMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type TokenCreateMutation = { __typename?: 'Mutation', tokenCreate: { __typename?: 'TokenPayload', accessToken?: string | null, accessTokenExpiresAt?: string | null, user?: { __typename?: 'User', id: string, locale: Locale } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type MeUpdateLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type MeUpdateLocaleMutation = { __typename?: 'Mutation', meUpdate: { __typename?: 'ViewerPayload', user?: { __typename?: 'User', id: string, locale: Locale } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type CreditOverrideRequestMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: CreditOverrideInput;
}>;


export type CreditOverrideRequestMutation = { __typename?: 'Mutation', creditOverrideRequest: { __typename?: 'CreditOverridePayload', override?: { __typename?: 'CreditOverride', id: string, status: CreditDecisionStatus } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CustomerCreditProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerCreditProfileQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, creditProfile?: { __typename?: 'CreditProfile', industryRisk?: IndustryRisk | null, management?: ManagementQuality | null, guarantee?: Guarantee | null, publicRecord?: PublicRecord | null, publicRecordNote: string, publicRecordCheckedOn?: string | null, version: number } | null } | null };

export type CreditProfileUpdateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: CreditProfileInput;
}>;


export type CreditProfileUpdateMutation = { __typename?: 'Mutation', creditProfileUpdate: { __typename?: 'CreditProfilePayload', profile?: { __typename?: 'CreditProfile', industryRisk?: IndustryRisk | null, management?: ManagementQuality | null, guarantee?: Guarantee | null, version: number } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CustomerPublicRecordFlagMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  record: PublicRecord;
  note: Scalars['String']['input'];
  checkedOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CustomerPublicRecordFlagMutation = { __typename?: 'Mutation', customerPublicRecordFlag: { __typename?: 'PublicRecordPayload', profile?: { __typename?: 'CreditProfile', publicRecord?: PublicRecord | null, publicRecordNote: string, publicRecordCheckedOn?: string | null, version: number } | null, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type InvitationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreviewPayload', invitation?: { __typename?: 'InvitationPreview', organizationId: string, organizationName: string, email: string, role: Role, expiresAt: string, hasAccount: boolean } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type InvitationAcceptMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
  fullName?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvitationAcceptMutation = { __typename?: 'Mutation', invitationAccept: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string } } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type AlertsPageQueryVariables = Exact<{
  filter?: InputMaybe<AlertFilterInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertsPageQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Alert', id: string, kind: AlertRuleKind, severity: AlertSeverity, state: AlertState, code: AlertCode, assessmentId?: string | null, raisedAt: string, acknowledgedAt?: string | null, resolvedAt?: string | null, resolutionNote: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }>, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, owner?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string } } | null, acknowledgedBy?: { __typename?: 'User', id: string, fullName: string } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } };

export type AlertSeverityCountsQueryVariables = Exact<{
  filter?: InputMaybe<AlertFilterInput>;
}>;


export type AlertSeverityCountsQuery = { __typename?: 'Query', alertSeverityCounts: { __typename?: 'AlertSeverityCounts', critical: number, warning: number, info: number } };

export type AlertAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertAcknowledgeMutation = { __typename?: 'Mutation', alertAcknowledge: { __typename?: 'AlertPayload', alert?: { __typename?: 'Alert', id: string, state: AlertState } | null, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type AlertResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type AlertResolveMutation = { __typename?: 'Mutation', alertResolve: { __typename?: 'AlertPayload', alert?: { __typename?: 'Alert', id: string, state: AlertState } | null, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type PendingOverridesQueryVariables = Exact<{
  status?: InputMaybe<CreditDecisionStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingOverridesQuery = { __typename?: 'Query', creditOverrides: { __typename?: 'CreditOverrideConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'CreditOverride', id: string, creditLimit?: string | null, paymentTermsDays?: number | null, reason: string, expiresOn?: string | null, status: CreditDecisionStatus, createdAt: string, decisionNote: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, requestedBy?: { __typename?: 'User', id: string, fullName: string } | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } };

export type PendingExceptionsQueryVariables = Exact<{
  status?: InputMaybe<CreditDecisionStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingExceptionsQuery = { __typename?: 'Query', creditExceptions: { __typename?: 'CreditExceptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'CreditException', id: string, invoiceId: string, amount: string, reason: string, status: CreditDecisionStatus, createdAt: string, decisionNote: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, requestedBy?: { __typename?: 'User', id: string, fullName: string } | null, decidedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } };

export type PendingWriteOffsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingWriteOffsQuery = { __typename?: 'Query', writeOffs: { __typename?: 'WriteOffConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'WriteOff', id: string, invoiceId: string, invoiceNumber?: string | null, amount: string, reason: string, createdAt: string }> } };

export type CreditOverrideApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CreditOverrideApproveMutation = { __typename?: 'Mutation', result: { __typename?: 'CreditOverridePayload', errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CreditOverrideRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CreditOverrideRejectMutation = { __typename?: 'Mutation', result: { __typename?: 'CreditOverridePayload', errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CreditExceptionApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CreditExceptionApproveMutation = { __typename?: 'Mutation', result: { __typename?: 'CreditExceptionPayload', errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CreditExceptionRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type CreditExceptionRejectMutation = { __typename?: 'Mutation', result: { __typename?: 'CreditExceptionPayload', errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type ApprovalsWriteOffApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApprovalsWriteOffApproveMutation = { __typename?: 'Mutation', result: { __typename?: 'WriteOffPayload', errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type ApprovalsWriteOffRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ApprovalsWriteOffRejectMutation = { __typename?: 'Mutation', result: { __typename?: 'WriteOffPayload', errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type AuditLogPageQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogPageQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEntry', id: string, actorType: AuditActorType, actorUserId?: string | null, actorApiKeyId?: string | null, action: string, actionCode?: AuditAction | null, targetType: string, targetId?: string | null, targetLabel?: string | null, changes: unknown, requestId?: string | null, ip?: string | null, createdAt: string }> } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { __typename?: 'Query', auditActions: Array<AuditAction> };

export type DashboardPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPageQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', asOf: string, currency: string, arTotal: string, currentAr: string, overdueAr: string, openInvoiceCount: number, overdueInvoiceCount: number, overdueRatio?: string | null, dso?: string | null, overdueReceivable: string, monthToDate: { __typename?: 'KpiReport', cei?: string | null, cashCollected: string, creditSales: string }, aging: { __typename?: 'AgingReport', total: string, buckets: Array<{ __typename?: 'AgingBucket', label: string, fromDays?: number | null, toDays?: number | null, amount: string, invoiceCount: number }> }, trend: Array<{ __typename?: 'TrendPoint', start: string, end: string, ar: string, overdueAr: string, dso?: string | null }>, forecast: Array<{ __typename?: 'ForecastWeek', start: string, end?: string | null, amount: string }>, topOverdueCustomers: Array<{ __typename?: 'OverdueCustomer', customerId: string, code: string, name: string, overdueAmount: string, daysOverdue: number, invoiceCount: number }> } };

export type DashboardAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAlertsQuery = { __typename?: 'Query', alertCounts: { __typename?: 'AlertCounts', open: number, openCritical: number, openWarning: number } };

export type ImportJobFieldsFragment = { __typename?: 'ImportJob', id: string, kind: ImportKind, fileName: string, bankAccount: string, state: ImportState, rowsTotal: number, rowsValidated: number, rowsImported: number, rowsSkipped: number, errorCount: number, createdAt: string, finishedAt?: string | null, errorReportUrl?: string | null, summary?: { __typename?: 'ImportSummary', code: ImportSummaryCode, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> } | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, column: string, code: ImportRowErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> };

export type ImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportJobQuery = { __typename?: 'Query', importJob?: { __typename?: 'ImportJob', id: string, kind: ImportKind, fileName: string, bankAccount: string, state: ImportState, rowsTotal: number, rowsValidated: number, rowsImported: number, rowsSkipped: number, errorCount: number, createdAt: string, finishedAt?: string | null, errorReportUrl?: string | null, summary?: { __typename?: 'ImportSummary', code: ImportSummaryCode, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> } | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, column: string, code: ImportRowErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> } | null };

export type ImportJobsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportJobsQuery = { __typename?: 'Query', importJobs: { __typename?: 'ImportJobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'ImportJob', id: string, kind: ImportKind, fileName: string, bankAccount: string, state: ImportState, rowsTotal: number, rowsValidated: number, rowsImported: number, rowsSkipped: number, errorCount: number, createdAt: string, finishedAt?: string | null, errorReportUrl?: string | null, summary?: { __typename?: 'ImportSummary', code: ImportSummaryCode, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> } | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, column: string, code: ImportRowErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> }> } };

export type ImportStartMutationVariables = Exact<{
  input: ImportStartInput;
}>;


export type ImportStartMutation = { __typename?: 'Mutation', importStart: { __typename?: 'ImportJobPayload', job?: { __typename?: 'ImportJob', id: string, kind: ImportKind, fileName: string, bankAccount: string, state: ImportState, rowsTotal: number, rowsValidated: number, rowsImported: number, rowsSkipped: number, errorCount: number, createdAt: string, finishedAt?: string | null, errorReportUrl?: string | null, summary?: { __typename?: 'ImportSummary', code: ImportSummaryCode, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> } | null, rowErrors: Array<{ __typename?: 'ImportRowError', row: number, column: string, code: ImportRowErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type BankLinesQueryVariables = Exact<{
  state?: InputMaybe<BankLineState>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BankLinesQuery = { __typename?: 'Query', bankStatementLines: { __typename?: 'BankStatementLineConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'BankStatementLine', id: string, account: string, transactionId: string, bookedOn: string, amount: string, currency: string, payerName: string, reference: string, state: BankLineState, suggestions: Array<{ __typename?: 'MatchSuggestion', invoiceId: string, invoiceNumber: string, customerId: string, customerName: string, currency: string, openAmount: string, dueDate?: string | null, score: number, confidence: number, nameSimilarity: number, exact: boolean, reasons: Array<MatchReason> }> }> } };

export type BankLineConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  invoiceIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  confirmInexact: Scalars['Boolean']['input'];
}>;


export type BankLineConfirmMutation = { __typename?: 'Mutation', bankLineConfirm: { __typename?: 'BankStatementLinePayload', line?: { __typename?: 'BankStatementLine', id: string, state: BankLineState, paymentId?: string | null } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type BankLineIgnoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BankLineIgnoreMutation = { __typename?: 'Mutation', bankLineIgnore: { __typename?: 'BankStatementLinePayload', line?: { __typename?: 'BankStatementLine', id: string, state: BankLineState } | null, errors: Array<{ __typename?: 'ImportError', field?: string | null, code: ImportErrorCode, message: string }> } };

export type AgencyOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyOverviewQuery = { __typename?: 'Query', agencyOverview: Array<{ __typename?: 'OrganizationOverview', organizationId: string, name: string, role: Role, currency: string, asOf: string, arTotal: string, overdueAr: string, openInvoiceCount: number, overdueRatio?: string | null, dso?: string | null }> };

export type AgingByCustomerQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgingByCustomerQuery = { __typename?: 'Query', agingByCustomer: { __typename?: 'AgingByCustomer', totals: { __typename?: 'AgingReport', total: string, invoiceCount: number, customerCount: number, buckets: Array<{ __typename?: 'AgingBucket', label: string, fromDays?: number | null, toDays?: number | null, amount: string, invoiceCount: number }> }, rows: { __typename?: 'CustomerAgingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CustomerAging', total: string, invoiceCount: number, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, buckets: Array<{ __typename?: 'AgingBucket', label: string, amount: string, invoiceCount: number }> }> } } };

export type CustomerOpenInvoicesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CustomerOpenInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number?: string | null, dueDate?: string | null, openAmount: string, currency: string }> } };

export type AgingReportQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type AgingReportQuery = { __typename?: 'Query', aging: { __typename?: 'AgingReport', asOf: string, basis: AgingBasis, total: string, invoiceCount: number, buckets: Array<{ __typename?: 'AgingBucket', label: string, fromDays?: number | null, toDays?: number | null, amount: string, invoiceCount: number }> } };

export type KpiReportQueryVariables = Exact<{
  start: Scalars['Date']['input'];
  end: Scalars['Date']['input'];
  cut?: InputMaybe<AnalyticsCut>;
}>;


export type KpiReportQuery = { __typename?: 'Query', kpis: { __typename?: 'KpiReport', start: string, end: string, days: number, beginningAr: string, endingAr: string, endingCurrentAr: string, endingOverdueAr: string, creditSales: string, cashCollected: string, writeOffs: string, standardDso?: string | null, countbackDso?: string | null, bestPossibleDso?: string | null, averageDaysDelinquent?: string | null, cei?: string | null, collectionRate?: string | null, overdueRatio?: string | null, overdueRatioByCount?: string | null, badDebtRatio?: string | null, arTurnover?: string | null, turnoverDays?: string | null, promisesFallenDue: number, promiseKeptRate?: string | null, averageDaysToPay?: string | null, averageDaysLate?: string | null } };

export type CashForecastQueryVariables = Exact<{ [key: string]: never; }>;


export type CashForecastQuery = { __typename?: 'Query', cashForecast: { __typename?: 'CashForecast', asOf: string, later: string, total: string, weeks: Array<{ __typename?: 'CashForecastWeek', start: string, end: string, expected: string, promised: string }>, pastWeeks: Array<{ __typename?: 'CashForecastPastWeek', start: string, forecast: string, actual: string }> } };

export type TrendsQueryVariables = Exact<{
  granularity: TrendGranularity;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type TrendsQuery = { __typename?: 'Query', trends: Array<{ __typename?: 'TrendSeriesPoint', start: string, end: string, snapshotDays: number, arTotal?: string | null, overdueAr?: string | null, cashCollected: string, dso?: string | null }> };

export type CustomerOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerOptionsQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', nodes: Array<{ __typename?: 'Customer', id: string, code: string, legalName: string }> } };

export type CollectionTimelineQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectionTimelineQuery = { __typename?: 'Query', dunningPause?: { __typename?: 'DunningPause', id: string, until?: string | null, reason: string } | null, collectionTimeline: { __typename?: 'CollectionTimelineConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CollectionTimelineEntry', kind: CollectionTimelineKind, at: string, reminder?: { __typename?: 'Reminder', id: string, offsetDays: number, channel: DunningChannel, status: ReminderStatus, recipient: string, subject: string } | null, action?: { __typename?: 'CollectionAction', id: string, channel: CollectionActionChannel, direction: CollectionActionDirection, outcome: CollectionActionOutcome, note: string, noteCode: string, noteParams: unknown, nextFollowUpOn?: string | null, collector?: { __typename?: 'Member', id: string, user: { __typename?: 'User', fullName: string, email: string } } | null } | null, promise?: { __typename?: 'PromiseToPay', id: string, amount: string, currency: string, promisedOn: string, status: PromiseToPayStatus, paidAmount: string, keptRatio?: string | null, note: string } | null, plan?: { __typename?: 'PaymentPlan', id: string, amount: string, currency: string, status: PaymentPlanStatus, defaultAfterDays: number, installments: Array<{ __typename?: 'PaymentPlanInstallment', sequence: number, dueDate: string, amount: string, paidAmount: string }> } | null, dispute?: { __typename?: 'Dispute', id: string, reason: DisputeReason, amount: string, currency: string, status: DisputeStatus, resolution?: DisputeResolution | null, description: string } | null, legalCase?: { __typename?: 'LegalCase', id: string, stage: LegalStage, status: LegalCaseStatus, outcome?: LegalOutcome | null, lawFirm: string, totalCosts: string, currency: string, version: number } | null }> } };

export type LegalCaseAdvanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: LegalCaseAdvanceInput;
}>;


export type LegalCaseAdvanceMutation = { __typename?: 'Mutation', legalCaseAdvance: { __typename?: 'LegalCasePayload', legalCase?: { __typename?: 'LegalCase', id: string, stage: LegalStage, version: number } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type DunningResumeMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type DunningResumeMutation = { __typename?: 'Mutation', dunningResume: { __typename?: 'DunningResumePayload', pausesLifted: number, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type CollectionLetterCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  kind: CollectionLetterKind;
}>;


export type CollectionLetterCreateMutation = { __typename?: 'Mutation', collectionLetterCreate: { __typename?: 'CollectionLetterPayload', url?: string | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type DisputeOpenMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: DisputeInput;
}>;


export type DisputeOpenMutation = { __typename?: 'Mutation', disputeOpen: { __typename?: 'DisputePayload', dispute?: { __typename?: 'Dispute', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type DunningCalendarQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  policyId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  days: Scalars['Int']['input'];
}>;


export type DunningCalendarQuery = { __typename?: 'Query', dunningCalendar: { __typename?: 'DunningCalendar', today: string, followsPolicy: boolean, policyEnabled: boolean, entries: Array<{ __typename?: 'DunningCalendarEntry', day: string, offsetDays: number, channel: DunningChannel, language: string, recipient: string, reason?: DunningSkipReason | null, totals: Array<{ __typename?: 'DunningCalendarTotal', currency: string, amount: string }>, parts: Array<{ __typename?: 'DunningCalendarPart', invoiceId: string, invoiceNumber: string, sequence: number, dueDate: string, currency: string, openAmount: string, daysOverdue: number, movedFrom?: string | null }> }> } };

export type DunningPolicyFieldsFragment = { __typename?: 'DunningPolicy', id: string, name: string, isDefault: boolean, enabled: boolean, consolidate: boolean, minAmount: string, quietHoursStart?: number | null, quietHoursEnd?: number | null, allowedWeekdays: Array<number>, payLink: string, version: number, updatedAt: string, stages: Array<{ __typename?: 'DunningStage', offsetDays: number, channel: DunningChannel, templates: Array<{ __typename?: 'DunningTemplate', language: string, subject: string, body: string }> }> };

export type DunningPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DunningPoliciesQuery = { __typename?: 'Query', dunningPolicies: Array<{ __typename?: 'DunningPolicy', id: string, name: string, isDefault: boolean, enabled: boolean, consolidate: boolean, minAmount: string, quietHoursStart?: number | null, quietHoursEnd?: number | null, allowedWeekdays: Array<number>, payLink: string, version: number, updatedAt: string, stages: Array<{ __typename?: 'DunningStage', offsetDays: number, channel: DunningChannel, templates: Array<{ __typename?: 'DunningTemplate', language: string, subject: string, body: string }> }> }> };

export type DunningPolicyCreateMutationVariables = Exact<{
  input: DunningPolicyInput;
}>;


export type DunningPolicyCreateMutation = { __typename?: 'Mutation', dunningPolicyCreate: { __typename?: 'DunningPolicyPayload', policy?: { __typename?: 'DunningPolicy', id: string, name: string, isDefault: boolean, enabled: boolean, consolidate: boolean, minAmount: string, quietHoursStart?: number | null, quietHoursEnd?: number | null, allowedWeekdays: Array<number>, payLink: string, version: number, updatedAt: string, stages: Array<{ __typename?: 'DunningStage', offsetDays: number, channel: DunningChannel, templates: Array<{ __typename?: 'DunningTemplate', language: string, subject: string, body: string }> }> } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type DunningPolicyUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: DunningPolicyInput;
}>;


export type DunningPolicyUpdateMutation = { __typename?: 'Mutation', dunningPolicyUpdate: { __typename?: 'DunningPolicyPayload', policy?: { __typename?: 'DunningPolicy', id: string, name: string, isDefault: boolean, enabled: boolean, consolidate: boolean, minAmount: string, quietHoursStart?: number | null, quietHoursEnd?: number | null, allowedWeekdays: Array<number>, payLink: string, version: number, updatedAt: string, stages: Array<{ __typename?: 'DunningStage', offsetDays: number, channel: DunningChannel, templates: Array<{ __typename?: 'DunningTemplate', language: string, subject: string, body: string }> }> } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type LegalCaseCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: LegalCaseInput;
}>;


export type LegalCaseCreateMutation = { __typename?: 'Mutation', legalCaseCreate: { __typename?: 'LegalCasePayload', legalCase?: { __typename?: 'LegalCase', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type LegalCaseCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: LegalCaseCloseInput;
}>;


export type LegalCaseCloseMutation = { __typename?: 'Mutation', legalCaseClose: { __typename?: 'LegalCasePayload', legalCase?: { __typename?: 'LegalCase', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type CollectionActionCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: CollectionActionInput;
}>;


export type CollectionActionCreateMutation = { __typename?: 'Mutation', collectionActionCreate: { __typename?: 'CollectionActionPayload', action?: { __typename?: 'CollectionAction', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type PromiseToPayCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: PromiseToPayInput;
}>;


export type PromiseToPayCreateMutation = { __typename?: 'Mutation', promiseToPayCreate: { __typename?: 'PromiseToPayPayload', promise?: { __typename?: 'PromiseToPay', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type DunningPauseMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DunningPauseMutation = { __typename?: 'Mutation', dunningPause: { __typename?: 'DunningPausePayload', pause?: { __typename?: 'DunningPause', id: string, until?: string | null } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type PaymentPlanCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: PaymentPlanInput;
}>;


export type PaymentPlanCreateMutation = { __typename?: 'Mutation', paymentPlanCreate: { __typename?: 'PaymentPlanPayload', plan?: { __typename?: 'PaymentPlan', id: string } | null, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type WorklistQueryVariables = Exact<{
  filter?: InputMaybe<WorklistFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WorklistQuery = { __typename?: 'Query', collectionWorklist: { __typename?: 'WorklistConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WorklistItem', reason: WorklistReason, score: string, openAmount: string, overdueAmount: string, worstDaysOverdue: number, promisedToday?: string | null, nextFollowUpOn?: string | null, lastActionAt?: string | null, grade?: string | null, region: string, lastAction?: { __typename?: 'CollectionAction', id: string, channel: CollectionActionChannel, outcome: CollectionActionOutcome, note: string, noteCode: string, noteParams: unknown } | null, dunningPause?: { __typename?: 'DunningPause', id: string, until?: string | null } | null, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string, shortName: string } | null, collector?: { __typename?: 'Member', id: string, user: { __typename?: 'User', fullName: string, email: string } } | null }> } };

export type CustomersAssignCollectorMutationVariables = Exact<{
  customerIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  collectorId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CustomersAssignCollectorMutation = { __typename?: 'Mutation', customersAssignCollector: { __typename?: 'AssignmentPayload', changes: Array<{ __typename?: 'AssignmentChange', customer?: { __typename?: 'Customer', id: string } | null }>, errors: Array<{ __typename?: 'CollectionsError', field?: string | null, code: CollectionsErrorCode, message: string }> } };

export type CollectionsOpenInvoicesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CollectionsOpenInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number?: string | null, currency: string, dueDate?: string | null, openAmount: string }> } };

export type CustomerContactsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerContactsQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, contacts: Array<{ __typename?: 'Contact', id: string, name: string, title: string, phone: string, email: string, preferredChannel: ContactChannel, language: string, isBillingContact: boolean }> } | null };

export type ContactCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: ContactInput;
}>;


export type ContactCreateMutation = { __typename?: 'Mutation', contactCreate: { __typename?: 'ContactPayload', contact?: { __typename?: 'Contact', id: string } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type ContactUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ContactUpdateInput;
}>;


export type ContactUpdateMutation = { __typename?: 'Mutation', contactUpdate: { __typename?: 'ContactPayload', contact?: { __typename?: 'Contact', id: string } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type ContactDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactDeleteMutation = { __typename?: 'Mutation', contactDelete: { __typename?: 'ContactPayload', contact?: { __typename?: 'Contact', id: string } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type CustomerCreditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerCreditQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, latestAssessment?: { __typename?: 'CreditAssessment', id: string, asOf: string, status: AssessmentStatus, missing: Array<MissingData>, score?: string | null, grade?: CreditGrade | null, previousGrade?: CreditGrade | null, method: AssessmentMethod, suggestedLimit?: string | null, createdAt: string, assessedBy?: { __typename?: 'User', fullName: string, email: string } | null, factors: Array<{ __typename?: 'FactorScore', key: string, group: string, unit: string, points: number, weight: number, contribution: string, note?: string | null, valueParam?: { __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null } | null }> } | null, assessments: { __typename?: 'CreditAssessmentConnection', totalCount: number, nodes: Array<{ __typename?: 'CreditAssessment', id: string, asOf: string, status: AssessmentStatus, missing: Array<MissingData>, score?: string | null, grade?: CreditGrade | null, previousGrade?: CreditGrade | null, method: AssessmentMethod, suggestedLimit?: string | null, createdAt: string }> } } | null };

export type CreditAssessMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CreditAssessMutation = { __typename?: 'Mutation', creditAssess: { __typename?: 'CreditAssessmentPayload', assessment?: { __typename?: 'CreditAssessment', id: string, status: AssessmentStatus, grade?: CreditGrade | null, score?: string | null } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CustomerDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDetailQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', grade?: string | null, score?: string | null, creditLimit?: string | null, paymentTermsDays?: number | null, createdAt: string, updatedAt: string, id: string, code: string, legalName: string, shortName: string, creditCode?: string | null, taxNumber: string, industry: string, address: string, region: string, website: string, foundedOn?: string | null, registeredCapital?: string | null, status: CustomerStatus, tags: Array<string>, notes: string, version: number, latestAssessment?: { __typename?: 'CreditAssessment', id: string, status: AssessmentStatus, missing: Array<MissingData> } | null, owner?: { __typename?: 'Member', id: string, user: { __typename?: 'User', fullName: string, email: string } } | null, collector?: { __typename?: 'Member', id: string, user: { __typename?: 'User', fullName: string, email: string } } | null, balances: { __typename?: 'CustomerBalances', openBalance: string, overdueBalance: string, worstDaysOverdue: number }, openAlerts: Array<{ __typename?: 'Alert', id: string }>, documentWarnings: Array<{ __typename?: 'CustomerDocument', id: string }> } | null };

export type CustomerFieldsFragment = { __typename?: 'Customer', id: string, code: string, legalName: string, shortName: string, creditCode?: string | null, taxNumber: string, industry: string, address: string, region: string, website: string, foundedOn?: string | null, registeredCapital?: string | null, status: CustomerStatus, tags: Array<string>, notes: string, version: number, owner?: { __typename?: 'Member', id: string } | null, collector?: { __typename?: 'Member', id: string } | null };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { __typename?: 'Mutation', customerCreate: { __typename?: 'CustomerPayload', customer?: { __typename?: 'Customer', id: string, code: string, legalName: string, shortName: string, creditCode?: string | null, taxNumber: string, industry: string, address: string, region: string, website: string, foundedOn?: string | null, registeredCapital?: string | null, status: CustomerStatus, tags: Array<string>, notes: string, version: number, owner?: { __typename?: 'Member', id: string } | null, collector?: { __typename?: 'Member', id: string } | null } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type CustomerUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { __typename?: 'Mutation', customerUpdate: { __typename?: 'CustomerPayload', customer?: { __typename?: 'Customer', id: string, code: string, legalName: string, shortName: string, creditCode?: string | null, taxNumber: string, industry: string, address: string, region: string, website: string, foundedOn?: string | null, registeredCapital?: string | null, status: CustomerStatus, tags: Array<string>, notes: string, version: number, owner?: { __typename?: 'Member', id: string } | null, collector?: { __typename?: 'Member', id: string } | null } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type CustomerListQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilterInput>;
  sort: CustomerSortField;
  descending: Scalars['Boolean']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerListQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Customer', id: string, code: string, legalName: string, shortName: string, status: CustomerStatus, creditHold?: HoldCause | null, overLimit: boolean, grade?: string | null, creditLimit?: string | null, paymentTermsDays?: number | null, tags: Array<string>, latestAssessment?: { __typename?: 'CreditAssessment', id: string, status: AssessmentStatus, missing: Array<MissingData> } | null, collector?: { __typename?: 'Member', id: string, user: { __typename?: 'User', fullName: string, email: string } } | null, balances: { __typename?: 'CustomerBalances', openBalance: string, overdueBalance: string, worstDaysOverdue: number } }> } };

export type CustomerDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDocumentsQuery = { __typename?: 'Query', customerDocumentMaxBytes: number, customer?: { __typename?: 'Customer', id: string, documents: Array<{ __typename?: 'CustomerDocument', id: string, docType: DocumentType, number: string, issuedOn?: string | null, expiresOn?: string | null, note: string, fileName: string, contentType: string, sizeBytes: number, createdAt: string, expiryStatus: DocumentExpiryStatus, downloadUrl: string }> } | null };

export type CustomerDocumentUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CustomerDocumentUpdateInput;
}>;


export type CustomerDocumentUpdateMutation = { __typename?: 'Mutation', customerDocumentUpdate: { __typename?: 'CustomerDocumentPayload', document?: { __typename?: 'CustomerDocument', id: string } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> } };

export type CustomerDocumentDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerDocumentDeleteMutation = { __typename?: 'Mutation', customerDocumentDelete: { __typename?: 'CustomerDocumentPayload', document?: { __typename?: 'CustomerDocument', id: string } | null, errors: Array<{ __typename?: 'CustomerError', field?: string | null, code: CustomerErrorCode, message: string }> } };

export type CustomerPolicyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerPolicyQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, creditPolicy?: { __typename?: 'CustomerCreditPolicy', grade: CreditGrade, creditLimit?: string | null, paymentTermsDays?: number | null, gradePolicy: { __typename?: 'CreditPolicy', creditLimitCap?: string | null, revenueLimitPct?: string | null, paymentTermsDays: number, allowedPaymentMethods: Array<string>, prepaymentRequired: boolean, guaranteeRequired: boolean, creditHold: boolean, holdOverdueDays?: number | null }, activeOverride?: { __typename?: 'CreditOverride', id: string, creditLimit?: string | null, paymentTermsDays?: number | null, reason: string, expiresOn?: string | null, status: CreditDecisionStatus } | null } | null, creditOverrides: Array<{ __typename?: 'CreditOverride', id: string, creditLimit?: string | null, paymentTermsDays?: number | null, reason: string, status: CreditDecisionStatus, createdAt: string }> } | null };

export type CustomerStatementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerStatementsQuery = { __typename?: 'Query', customer?: { __typename?: 'Customer', id: string, statements: Array<{ __typename?: 'FinancialStatement', id: string, periodStart: string, periodEnd: string, totalAssets: string, totalLiabilities: string, revenue: string, netProfit: string, operatingCashFlow: string, audited: boolean, source: string, ratios: { __typename?: 'FinancialRatios', debtToAsset?: string | null, currentRatio?: string | null, netMargin?: string | null } }> } | null };

export type StatementCreateMutationVariables = Exact<{
  customerId: Scalars['ID']['input'];
  input: FinancialStatementInput;
}>;


export type StatementCreateMutation = { __typename?: 'Mutation', statementCreate: { __typename?: 'FinancialStatementPayload', statement?: { __typename?: 'FinancialStatement', id: string } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type InvoiceFormSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceFormSettingsQuery = { __typename?: 'Query', invoiceSettings: { __typename?: 'InvoiceSettings', rounding: Rounding } };

export type InvoiceCreateMutationVariables = Exact<{
  input: InvoiceCreateInput;
}>;


export type InvoiceCreateMutation = { __typename?: 'Mutation', invoiceCreate: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type InvoiceIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceIssueMutation = { __typename?: 'Mutation', invoiceIssue: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string, params: Array<{ __typename?: 'MessageParam', name: string, kind: MessageParamKind, value: string, currency?: string | null }> }> } };

export type InvoiceListQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilter>;
  sort?: InputMaybe<InvoiceSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvoiceListQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, disputed: boolean, issueDate?: string | null, dueDate?: string | null, currency: string, total: string, openAmount: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null }> } };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { __typename?: 'Query', invoice?: { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, disputed: boolean, issueDate?: string | null, dueDate?: string | null, currency: string, exchangeRate: string, subtotal: string, taxTotal: string, total: string, allocated: string, credited: string, writtenOff: string, openAmount: string, contractRef: string, eInvoiceNumber: string, notes: string, voidReason: string, createdAt: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, position: number, description: string, quantity: string, unitPrice: string, taxRate: string, amount: string, taxAmount: string }>, installments: Array<{ __typename?: 'InvoiceInstallment', id: string, sequence: number, dueDate: string, amount: string, openAmount: string }>, allocations: Array<{ __typename?: 'Allocation', id: string, amount: string, appliedOn: string, reversedOn?: string | null, payment?: { __typename?: 'Payment', id: string, reference: string, method: PaymentMethod, receivedOn: string } | null }>, creditApplications: Array<{ __typename?: 'CreditNoteApplication', id: string, amount: string, appliedOn: string, creditNoteNumber?: string | null }>, writeOffs: Array<{ __typename?: 'WriteOff', id: string, amount: string, reason: string, status: WriteOffStatus, requestedById: string, decisionNote: string, writtenOffOn?: string | null, createdAt: string }> } | null };

export type InvoiceVoidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type InvoiceVoidMutation = { __typename?: 'Mutation', invoiceVoid: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type InvoiceDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDeleteMutation = { __typename?: 'Mutation', invoiceDelete: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type InvoiceSetDisputeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disputed: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type InvoiceSetDisputeMutation = { __typename?: 'Mutation', invoiceSetDispute: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, disputed: boolean } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type CreditExceptionRequestMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CreditExceptionRequestMutation = { __typename?: 'Mutation', creditExceptionRequest: { __typename?: 'CreditExceptionPayload', exception?: { __typename?: 'CreditException', id: string, status: CreditDecisionStatus, amount: string } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CreditNoteCreateMutationVariables = Exact<{
  input: CreditNoteCreateInput;
}>;


export type CreditNoteCreateMutation = { __typename?: 'Mutation', creditNoteCreate: { __typename?: 'CreditNotePayload', creditNote?: { __typename?: 'CreditNote', id: string, number: string, available: string } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type CreditNoteApplyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  applications: Array<InvoiceAmountInput> | InvoiceAmountInput;
}>;


export type CreditNoteApplyMutation = { __typename?: 'Mutation', creditNoteApply: { __typename?: 'CreditNotePayload', creditNote?: { __typename?: 'CreditNote', id: string, available: string } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type WriteOffRequestMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  reason: Scalars['String']['input'];
}>;


export type WriteOffRequestMutation = { __typename?: 'Mutation', writeOffRequest: { __typename?: 'WriteOffPayload', writeOff?: { __typename?: 'WriteOff', id: string, status: WriteOffStatus } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type WriteOffApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WriteOffApproveMutation = { __typename?: 'Mutation', writeOffApprove: { __typename?: 'WriteOffPayload', writeOff?: { __typename?: 'WriteOff', id: string, status: WriteOffStatus } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type WriteOffRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type WriteOffRejectMutation = { __typename?: 'Mutation', writeOffReject: { __typename?: 'WriteOffPayload', writeOff?: { __typename?: 'WriteOff', id: string, status: WriteOffStatus } | null, errors: Array<{ __typename?: 'InvoiceError', field?: string | null, code: InvoiceErrorCode, message: string }> } };

export type OpenInvoicesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type OpenInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number?: string | null, currency: string, issueDate?: string | null, dueDate?: string | null, openAmount: string }> } };

export type PaymentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentDetailQuery = { __typename?: 'Query', payment?: { __typename?: 'Payment', id: string, method: PaymentMethod, status: PaymentStatus, receivedOn: string, currency: string, exchangeRate: string, amount: string, allocated: string, refunded: string, unapplied: string, reference: string, payerName: string, provider?: string | null, providerReference?: string | null, notes: string, reversedAt?: string | null, createdAt: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null, allocations: Array<{ __typename?: 'Allocation', id: string, amount: string, appliedOn: string, reversedOn?: string | null, invoice?: { __typename?: 'Invoice', id: string, number?: string | null, dueDate?: string | null } | null }>, refunds: Array<{ __typename?: 'Refund', id: string, amount: string, refundedOn: string, reason: string }> } | null };

export type PaymentReverseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type PaymentReverseMutation = { __typename?: 'Mutation', paymentReverse: { __typename?: 'PaymentPayload', payment?: { __typename?: 'Payment', id: string, status: PaymentStatus } | null, errors: Array<{ __typename?: 'PaymentError', field?: string | null, code: PaymentErrorCode, message: string }> } };

export type PaymentRefundMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  reason: Scalars['String']['input'];
}>;


export type PaymentRefundMutation = { __typename?: 'Mutation', paymentRefund: { __typename?: 'PaymentRefundPayload', refund?: { __typename?: 'Refund', id: string } | null, errors: Array<{ __typename?: 'PaymentError', field?: string | null, code: PaymentErrorCode, message: string }> } };

export type PaymentUnallocateMutationVariables = Exact<{
  allocationId: Scalars['ID']['input'];
}>;


export type PaymentUnallocateMutation = { __typename?: 'Mutation', paymentUnallocate: { __typename?: 'PaymentPayload', payment?: { __typename?: 'Payment', id: string } | null, errors: Array<{ __typename?: 'PaymentError', field?: string | null, code: PaymentErrorCode, message: string }> } };

export type PaymentListQueryVariables = Exact<{
  filter?: InputMaybe<PaymentFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentListQuery = { __typename?: 'Query', payments: { __typename?: 'PaymentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Payment', id: string, method: PaymentMethod, status: PaymentStatus, receivedOn: string, currency: string, amount: string, allocated: string, unapplied: string, reference: string, payerName: string, customer?: { __typename?: 'Customer', id: string, code: string, legalName: string } | null }> } };

export type CustomerUnappliedQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type CustomerUnappliedQuery = { __typename?: 'Query', customerUnappliedCash: Array<{ __typename?: 'MoneyAmount', currency: string, amount: string }> };

export type PaymentRecordMutationVariables = Exact<{
  input: PaymentRecordInput;
}>;


export type PaymentRecordMutation = { __typename?: 'Mutation', paymentRecord: { __typename?: 'PaymentPayload', payment?: { __typename?: 'Payment', id: string, allocated: string, unapplied: string } | null, errors: Array<{ __typename?: 'PaymentError', field?: string | null, code: PaymentErrorCode, message: string }> } };

export type PaymentAllocateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  allocations?: InputMaybe<Array<InvoiceAmountInput> | InvoiceAmountInput>;
  oldestDueFirst: Scalars['Boolean']['input'];
}>;


export type PaymentAllocateMutation = { __typename?: 'Mutation', paymentAllocate: { __typename?: 'PaymentPayload', payment?: { __typename?: 'Payment', id: string, unapplied: string } | null, errors: Array<{ __typename?: 'PaymentError', field?: string | null, code: PaymentErrorCode, message: string }> } };

export type PerformanceLeaderboardQueryVariables = Exact<{
  period: PerformancePeriodInput;
}>;


export type PerformanceLeaderboardQuery = { __typename?: 'Query', performanceLeaderboard: { __typename?: 'PerformanceLeaderboard', start: string, end: string, currency: string, rows: Array<{ __typename?: 'CollectorPerformance', collectorId: string, name: string, email: string, rank?: number | null, score?: string | null, customers: number, beginningAr: string, endingAr: string, endingCurrentAr: string, overdueStart: string, overdueEnd: string, creditSales: string, cashCollected: string, cashTarget?: string | null, cei?: string | null, standardDso?: string | null, actionsLogged: number, promiseKeptRate?: string | null, components: Array<{ __typename?: 'PerformanceComponent', key: PerformanceComponentKey, value?: string | null, target?: string | null, points?: string | null, weight: number, effectiveWeight?: string | null, contribution?: string | null, excluded?: PerformanceExclusion | null }> }> } };

export type PerformanceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PerformanceSettingsQuery = { __typename?: 'Query', performanceSettings: { __typename?: 'PerformanceSettings', cash: number, cei: number, dso: number, overdueChange: number, actions: number, promises: number, disputes: number, disputeTargetDays: number, version: number } };

export type PerformanceSettingsUpdateMutationVariables = Exact<{
  input: PerformanceSettingsInput;
}>;


export type PerformanceSettingsUpdateMutation = { __typename?: 'Mutation', performanceSettingsUpdate: { __typename?: 'PerformanceSettingsPayload', settings?: { __typename?: 'PerformanceSettings', cash: number, cei: number, dso: number, overdueChange: number, actions: number, promises: number, disputes: number, disputeTargetDays: number, version: number } | null, errors: Array<{ __typename?: 'PerformanceError', field?: string | null, code: PerformanceErrorCode, message: string }> } };

export type PerformanceTargetSetMutationVariables = Exact<{
  input: PerformanceTargetInput;
}>;


export type PerformanceTargetSetMutation = { __typename?: 'Mutation', performanceTargetSet: { __typename?: 'PerformanceTargetPayload', target?: { __typename?: 'PerformanceTarget', collectorId: string, month: string, cashTarget?: string | null, actionsTarget?: number | null } | null, errors: Array<{ __typename?: 'PerformanceError', field?: string | null, code: PerformanceErrorCode, message: string }> } };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { __typename?: 'Query', alertRules: Array<{ __typename?: 'AlertRule', id: string, kind: AlertRuleKind, name: string, threshold?: string | null, severity: AlertSeverity, enabled: boolean, version: number, updatedAt: string }> };

export type AlertRuleUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: AlertRuleUpdateInput;
}>;


export type AlertRuleUpdateMutation = { __typename?: 'Mutation', alertRuleUpdate: { __typename?: 'AlertRulePayload', rule?: { __typename?: 'AlertRule', id: string, kind: AlertRuleKind, name: string, threshold?: string | null, severity: AlertSeverity, enabled: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type AlertRuleCreateMutationVariables = Exact<{
  input: AlertRuleCreateInput;
}>;


export type AlertRuleCreateMutation = { __typename?: 'Mutation', alertRuleCreate: { __typename?: 'AlertRulePayload', rule?: { __typename?: 'AlertRule', id: string, kind: AlertRuleKind, name: string, threshold?: string | null, severity: AlertSeverity, enabled: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type AlertsEvaluateNowMutationVariables = Exact<{ [key: string]: never; }>;


export type AlertsEvaluateNowMutation = { __typename?: 'Mutation', alertsEvaluateNow: { __typename?: 'AlertEvaluationPayload', queued: boolean, errors: Array<{ __typename?: 'AlertError', field?: string | null, code: AlertErrorCode, message: string }> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type ApiKeyCreateMutationVariables = Exact<{
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope> | ApiKeyScope;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyPayload', apiKey?: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type CreditSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CreditSettingsPageQuery = { __typename?: 'Query', creditSettings: { __typename?: 'CreditSettings', exceptionRequestRoles: Array<Role>, version: number, weights: Array<{ __typename?: 'FactorWeight', factor: string, group: string, weight: number }>, thresholds: Array<{ __typename?: 'GradeThreshold', grade: CreditGrade, minScore: number }> }, creditPolicies: Array<{ __typename?: 'CreditPolicy', grade: CreditGrade, creditLimitCap?: string | null, revenueLimitPct?: string | null, paymentTermsDays: number, allowedPaymentMethods: Array<string>, prepaymentRequired: boolean, guaranteeRequired: boolean, creditHold: boolean, holdOverdueDays?: number | null, version: number }> };

export type CreditPolicyChangesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreditPolicyChangesQuery = { __typename?: 'Query', creditPolicyChanges: { __typename?: 'CreditPolicyChangeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'CreditPolicyChange', id: string, subject: CreditPolicySubject, grade?: CreditGrade | null, action: string, before?: unknown | null, after?: unknown | null, reason: string, createdAt: string, changedBy?: { __typename?: 'User', id: string, fullName: string } | null }> } };

export type CreditPolicyUpdateMutationVariables = Exact<{
  grade: CreditGrade;
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  input: CreditPolicyInput;
}>;


export type CreditPolicyUpdateMutation = { __typename?: 'Mutation', creditPolicyUpdate: { __typename?: 'CreditPolicyPayload', policy?: { __typename?: 'CreditPolicy', grade: CreditGrade, creditLimitCap?: string | null, revenueLimitPct?: string | null, paymentTermsDays: number, allowedPaymentMethods: Array<string>, prepaymentRequired: boolean, guaranteeRequired: boolean, creditHold: boolean, holdOverdueDays?: number | null, version: number } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type CreditSettingsUpdateMutationVariables = Exact<{
  input: CreditSettingsInput;
}>;


export type CreditSettingsUpdateMutation = { __typename?: 'Mutation', creditSettingsUpdate: { __typename?: 'CreditSettingsPayload', settings?: { __typename?: 'CreditSettings', exceptionRequestRoles: Array<Role>, version: number, weights: Array<{ __typename?: 'FactorWeight', factor: string, group: string, weight: number }>, thresholds: Array<{ __typename?: 'GradeThreshold', grade: CreditGrade, minScore: number }> } | null, errors: Array<{ __typename?: 'CreditError', field?: string | null, code: CreditErrorCode, message: string }> } };

export type MemberUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
  seesAllCustomers?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MemberUpdateMutation = { __typename?: 'Mutation', memberUpdate: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string, role: Role, seesAllCustomers: boolean } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type MemberRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberRemoveMutation = { __typename?: 'Mutation', memberRemove: { __typename?: 'MemberPayload', member?: { __typename?: 'Member', id: string } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type MemberInviteMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: Role;
}>;


export type MemberInviteMutation = { __typename?: 'Mutation', memberInvite: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'Invitation', id: string, email: string, role: Role } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type OrganizationUpdateMutationVariables = Exact<{
  input: OrganizationUpdateInput;
}>;


export type OrganizationUpdateMutation = { __typename?: 'Mutation', organizationUpdate: { __typename?: 'OrganizationPayload', organization?: { __typename?: 'Organization', id: string, name: string, baseCurrency: string, timezone: string, locale: Locale } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, pendingInvitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, createdAt: string, expiresAt: string }> } };

export type InvitationResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitationResendMutation = { __typename?: 'Mutation', invitationResend: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'Invitation', id: string, expiresAt: string } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type InvitationRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitationRevokeMutation = { __typename?: 'Mutation', invitationRevoke: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'Invitation', id: string } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, provider: WebhookProvider, accountId: string, isActive: boolean, createdAt: string, url: string, secrets: Array<{ __typename?: 'WebhookSecret', id: string, kind: WebhookSecretKind, keyId: string, fingerprint: string, createdAt: string, expiresAt?: string | null, isValid: boolean }> }> };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { __typename?: 'Mutation', webhookEndpointCreate: { __typename?: 'WebhookEndpointPayload', endpoint?: { __typename?: 'WebhookEndpoint', id: string, provider: WebhookProvider, accountId: string, isActive: boolean, createdAt: string, url: string, secrets: Array<{ __typename?: 'WebhookSecret', id: string }> } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookEndpointUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type WebhookEndpointUpdateMutation = { __typename?: 'Mutation', webhookEndpointUpdate: { __typename?: 'WebhookEndpointPayload', endpoint?: { __typename?: 'WebhookEndpoint', id: string, isActive: boolean } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookSecretRotateMutationVariables = Exact<{
  input: WebhookSecretRotateInput;
}>;


export type WebhookSecretRotateMutation = { __typename?: 'Mutation', webhookSecretRotate: { __typename?: 'WebhookSecretPayload', secret?: { __typename?: 'WebhookSecret', id: string, fingerprint: string } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookSecretRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookSecretRevokeMutation = { __typename?: 'Mutation', webhookSecretRevoke: { __typename?: 'WebhookSecretPayload', secret?: { __typename?: 'WebhookSecret', id: string, isValid: boolean, expiresAt?: string | null } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, provider: string, status: WebhookDeliveryStatus, errorCode?: string | null, error?: string | null, receivedAt: string, eventId?: string | null, headers: unknown, body: string }> } };

export type TasksQueryVariables = Exact<{
  state?: InputMaybe<TaskState>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TasksQuery = { __typename?: 'Query', tasks: { __typename?: 'TaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ __typename?: 'Task', id: string, kind: TaskKind, title: string, targetType: string, targetId: string, state: TaskState, createdAt: string, doneAt?: string | null }> } };

export type TaskCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskCompleteMutation = { __typename?: 'Mutation', taskComplete: { __typename?: 'TaskPayload', task?: { __typename?: 'Task', id: string, state: TaskState, doneAt?: string | null } | null, errors: Array<{ __typename?: 'WebhookError', field?: string | null, code: WebhookErrorCode, message: string }> } };

export type AccountStatementListQueryVariables = Exact<{
  filter?: InputMaybe<AccountStatementFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountStatementListQuery = { __typename?: 'Query', accountStatements: { __typename?: 'AccountStatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AccountStatement', id: string, number: string, status: AccountStatementStatus, periodStart: string, periodEnd: string, currency: string, closingBalance: string, sentAt?: string | null, revision: number, customer?: { __typename?: 'Customer', id: string, legalName: string, code: string } | null }> } };

export type AccountStatementDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountStatementDetailQuery = { __typename?: 'Query', accountStatement?: { __typename?: 'AccountStatement', id: string, number: string, status: AccountStatementStatus, periodStart: string, periodEnd: string, currency: string, openItemsOnly: boolean, revision: number, openingBalance: string, totalDebits: string, totalCredits: string, closingBalance: string, aging: unknown, sentAt?: string | null, confirmedAt?: string | null, confirmedByName: string, version: number, pdfUrl: string, xlsxUrl: string, linesTable: unknown, customer?: { __typename?: 'Customer', id: string, legalName: string, code: string } | null, discrepancies: Array<{ __typename?: 'StatementDiscrepancy', id: string, revision: number, reason: StatementDisputeReason, customerAmount?: string | null, customerNote: string, contactName: string, attachmentName?: string | null, attachmentUrl?: string | null, status: DiscrepancyStatus, resolution?: DiscrepancyResolution | null, resolutionNote: string, resolvedAt?: string | null, createdAt: string, statementId: string, line?: { __typename?: 'AccountStatementLine', id: string, kind: AccountStatementLineKind, documentNumber: string, documentDate: string, debit: string, credit: string } | null, assignedTo?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string, email: string } } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string, email: string } | null }>, links: Array<{ __typename?: 'StatementLinkInfo', id: string, revision: number, expiresAt: string, revokedAt?: string | null, recipients: Array<string>, createdAt: string, active: boolean }>, accessLog: Array<{ __typename?: 'StatementAccessEntry', action: StatementAccessAction, ip: string, userAgent: string, at: string }> } | null };

export type DiscrepancyRowFragment = { __typename?: 'StatementDiscrepancy', id: string, revision: number, reason: StatementDisputeReason, customerAmount?: string | null, customerNote: string, contactName: string, attachmentName?: string | null, attachmentUrl?: string | null, status: DiscrepancyStatus, resolution?: DiscrepancyResolution | null, resolutionNote: string, resolvedAt?: string | null, createdAt: string, statementId: string, line?: { __typename?: 'AccountStatementLine', id: string, kind: AccountStatementLineKind, documentNumber: string, documentDate: string, debit: string, credit: string } | null, assignedTo?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string, email: string } } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string, email: string } | null };

export type DiscrepancyListQueryVariables = Exact<{
  filter?: InputMaybe<StatementDiscrepancyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiscrepancyListQuery = { __typename?: 'Query', statementDiscrepancies: { __typename?: 'StatementDiscrepancyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'StatementDiscrepancy', id: string, revision: number, reason: StatementDisputeReason, customerAmount?: string | null, customerNote: string, contactName: string, attachmentName?: string | null, attachmentUrl?: string | null, status: DiscrepancyStatus, resolution?: DiscrepancyResolution | null, resolutionNote: string, resolvedAt?: string | null, createdAt: string, statementId: string, line?: { __typename?: 'AccountStatementLine', id: string, kind: AccountStatementLineKind, documentNumber: string, documentDate: string, debit: string, credit: string } | null, assignedTo?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string, email: string } } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string, email: string } | null }> } };

export type ReconciliationOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ReconciliationOverviewQuery = { __typename?: 'Query', reconciliationOverview: Array<{ __typename?: 'OrganizationReconciliation', organizationId: string, organizationName: string, role: Role, periodStart: string, periodEnd: string, due: number, draft: number, sent: number, disputed: number, resolved: number, confirmed: number, expired: number, openDiscrepancies: number }> };

export type AccountStatementCreateMutationVariables = Exact<{
  input: AccountStatementCreateInput;
}>;


export type AccountStatementCreateMutation = { __typename?: 'Mutation', accountStatementCreate: { __typename?: 'AccountStatementPayload', statement?: { __typename?: 'AccountStatement', id: string } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type AccountStatementSendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountStatementSendMutation = { __typename?: 'Mutation', accountStatementSend: { __typename?: 'AccountStatementPayload', statement?: { __typename?: 'AccountStatement', id: string, status: AccountStatementStatus, revision: number } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type AccountStatementRevokeLinksMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountStatementRevokeLinksMutation = { __typename?: 'Mutation', accountStatementRevokeLinks: { __typename?: 'AccountStatementPayload', statement?: { __typename?: 'AccountStatement', id: string, status: AccountStatementStatus } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type AccountStatementRefreshMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountStatementRefreshMutation = { __typename?: 'Mutation', accountStatementRefresh: { __typename?: 'AccountStatementPayload', statement?: { __typename?: 'AccountStatement', id: string, closingBalance: string } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type StatementDiscrepancyAssignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  membershipId: Scalars['ID']['input'];
}>;


export type StatementDiscrepancyAssignMutation = { __typename?: 'Mutation', statementDiscrepancyAssign: { __typename?: 'StatementDiscrepancyPayload', discrepancy?: { __typename?: 'StatementDiscrepancy', id: string, revision: number, reason: StatementDisputeReason, customerAmount?: string | null, customerNote: string, contactName: string, attachmentName?: string | null, attachmentUrl?: string | null, status: DiscrepancyStatus, resolution?: DiscrepancyResolution | null, resolutionNote: string, resolvedAt?: string | null, createdAt: string, statementId: string, line?: { __typename?: 'AccountStatementLine', id: string, kind: AccountStatementLineKind, documentNumber: string, documentDate: string, debit: string, credit: string } | null, assignedTo?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string, email: string } } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string, email: string } | null } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type StatementDiscrepancyResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolution: DiscrepancyResolution;
  note: Scalars['String']['input'];
  documentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StatementDiscrepancyResolveMutation = { __typename?: 'Mutation', statementDiscrepancyResolve: { __typename?: 'StatementDiscrepancyPayload', discrepancy?: { __typename?: 'StatementDiscrepancy', id: string, revision: number, reason: StatementDisputeReason, customerAmount?: string | null, customerNote: string, contactName: string, attachmentName?: string | null, attachmentUrl?: string | null, status: DiscrepancyStatus, resolution?: DiscrepancyResolution | null, resolutionNote: string, resolvedAt?: string | null, createdAt: string, statementId: string, line?: { __typename?: 'AccountStatementLine', id: string, kind: AccountStatementLineKind, documentNumber: string, documentDate: string, debit: string, credit: string } | null, assignedTo?: { __typename?: 'Member', id: string, user: { __typename?: 'User', id: string, fullName: string, email: string } } | null, resolvedBy?: { __typename?: 'User', id: string, fullName: string, email: string } | null } | null, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type SettlingDocumentsQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type SettlingDocumentsQuery = { __typename?: 'Query', creditNotes: { __typename?: 'CreditNoteConnection', nodes: Array<{ __typename?: 'CreditNote', id: string, number: string, issueDate: string, amount: string, currency: string, status: CreditNoteStatus }> }, invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, number?: string | null, issueDate?: string | null, total: string, currency: string }> } };

export type StatementCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementCustomerQuery = { __typename?: 'Query', accountStatement?: { __typename?: 'AccountStatement', id: string, customer?: { __typename?: 'Customer', id: string } | null } | null };

export type AccountStatementSendMonthMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
}>;


export type AccountStatementSendMonthMutation = { __typename?: 'Mutation', accountStatementSendMonth: { __typename?: 'StatementMonthSendPayload', periodStart?: string | null, periodEnd?: string | null, alreadySent: number, nothingToReconcile: number, sent: Array<{ __typename?: 'AccountStatement', id: string, number: string, customer?: { __typename?: 'Customer', id: string, legalName: string } | null }>, skipped: Array<{ __typename?: 'SkippedCustomer', customerId: string, code: string, name: string, reason: ReconciliationErrorCode }>, errors: Array<{ __typename?: 'ReconciliationError', field?: string | null, code: ReconciliationErrorCode, message: string }> } };

export type WorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, email: string, fullName: string, locale: Locale, organizations: Array<{ __typename?: 'Organization', id: string, name: string, baseCurrency: string, timezone: string, locale: Locale, createdAt: string, viewerRole?: Role | null, viewerPermissions: Array<Permission> }> } };

export type OrganizationCreateMutationVariables = Exact<{
  input: OrganizationCreateInput;
}>;


export type OrganizationCreateMutation = { __typename?: 'Mutation', organizationCreate: { __typename?: 'OrganizationPayload', organization?: { __typename?: 'Organization', id: string, name: string } | null, errors: Array<{ __typename?: 'AccountError', field?: string | null, code: AccountErrorCode, message: string }> } };

export type MembersPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersPageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Member', id: string, role: Role, seesAllCustomers: boolean, createdAt: string, user: { __typename?: 'User', id: string, email: string, fullName: string } }> } } };

export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const DunningPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DunningPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consolidate"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"payLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DunningPolicyFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const DiscrepancyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscrepancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<DiscrepancyRowFragment, unknown>;
export const TokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"refreshTokenDelivery"},"value":{"kind":"EnumValue","value":"COOKIE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TokenCreateMutation, TokenCreateMutationVariables>;
export const MeUpdateLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeUpdateLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MeUpdateLocaleMutation, MeUpdateLocaleMutationVariables>;
export const CreditOverrideRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditOverrideRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditOverrideRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditOverrideRequestMutation, CreditOverrideRequestMutationVariables>;
export const CustomerCreditProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCreditProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industryRisk"}},{"kind":"Field","name":{"kind":"Name","value":"management"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"publicRecord"}},{"kind":"Field","name":{"kind":"Name","value":"publicRecordNote"}},{"kind":"Field","name":{"kind":"Name","value":"publicRecordCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCreditProfileQuery, CustomerCreditProfileQueryVariables>;
export const CreditProfileUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditProfileUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditProfileUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industryRisk"}},{"kind":"Field","name":{"kind":"Name","value":"management"}},{"kind":"Field","name":{"kind":"Name","value":"guarantee"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditProfileUpdateMutation, CreditProfileUpdateMutationVariables>;
export const CustomerPublicRecordFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerPublicRecordFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicRecord"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPublicRecordFlag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicRecord"}},{"kind":"Field","name":{"kind":"Name","value":"publicRecordNote"}},{"kind":"Field","name":{"kind":"Name","value":"publicRecordCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPublicRecordFlagMutation, CustomerPublicRecordFlagMutationVariables>;
export const InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const InvitationAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const AlertsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsPageQuery, AlertsPageQueryVariables>;
export const AlertSeverityCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertSeverityCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSeverityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}}]}}]} as unknown as DocumentNode<AlertSeverityCountsQuery, AlertSeverityCountsQueryVariables>;
export const AlertAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertAcknowledgeMutation, AlertAcknowledgeMutationVariables>;
export const AlertResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertResolveMutation, AlertResolveMutationVariables>;
export const PendingOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDecisionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingOverridesQuery, PendingOverridesQueryVariables>;
export const PendingExceptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditDecisionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingExceptionsQuery, PendingExceptionsQueryVariables>;
export const PendingWriteOffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingWriteOffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingWriteOffsQuery, PendingWriteOffsQueryVariables>;
export const CreditOverrideApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditOverrideApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"creditOverrideApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditOverrideApproveMutation, CreditOverrideApproveMutationVariables>;
export const CreditOverrideRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditOverrideReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"creditOverrideReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditOverrideRejectMutation, CreditOverrideRejectMutationVariables>;
export const CreditExceptionApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditExceptionApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"creditExceptionApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditExceptionApproveMutation, CreditExceptionApproveMutationVariables>;
export const CreditExceptionRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditExceptionReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"creditExceptionReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditExceptionRejectMutation, CreditExceptionRejectMutationVariables>;
export const ApprovalsWriteOffApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalsWriteOffApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"writeOffApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalsWriteOffApproveMutation, ApprovalsWriteOffApproveMutationVariables>;
export const ApprovalsWriteOffRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalsWriteOffReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"writeOffReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovalsWriteOffRejectMutation, ApprovalsWriteOffRejectMutationVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorApiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const AuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"}}]}}]} as unknown as DocumentNode<AuditActionsQuery, AuditActionsQueryVariables>;
export const DashboardPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"arTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currentAr"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAr"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueInvoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRatio"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}},{"kind":"Field","name":{"kind":"Name","value":"monthToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cei"}},{"kind":"Field","name":{"kind":"Name","value":"cashCollected"}},{"kind":"Field","name":{"kind":"Name","value":"creditSales"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"ar"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAr"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueReceivable"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topOverdueCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPageQuery, DashboardPageQueryVariables>;
export const DashboardAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"openCritical"}},{"kind":"Field","name":{"kind":"Name","value":"openWarning"}}]}}]}}]} as unknown as DocumentNode<DashboardAlertsQuery, DashboardAlertsQueryVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const ImportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportJobsQuery, ImportJobsQueryVariables>;
export const ImportStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValidated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}}]}}]} as unknown as DocumentNode<ImportStartMutation, ImportStartMutationVariables>;
export const BankLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BankLineState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankStatementLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BankLinesQuery, BankLinesQueryVariables>;
export const BankLineConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankLineConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmInexact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankLineConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmInexact"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmInexact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BankLineConfirmMutation, BankLineConfirmMutationVariables>;
export const BankLineIgnoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BankLineIgnore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankLineIgnore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BankLineIgnoreMutation, BankLineIgnoreMutationVariables>;
export const AgencyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"arTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAr"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRatio"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}}]}}]}}]} as unknown as DocumentNode<AgencyOverviewQuery, AgencyOverviewQueryVariables>;
export const AgingByCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgingByCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agingByCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgingByCustomerQuery, AgingByCustomerQueryVariables>;
export const CustomerOpenInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOpenInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUED"},{"kind":"EnumValue","value":"PARTIALLY_PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_DATE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOpenInvoicesQuery, CustomerOpenInvoicesQueryVariables>;
export const AgingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}}]}}]}}]}}]} as unknown as DocumentNode<AgingReportQuery, AgingReportQueryVariables>;
export const KpiReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cut"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsCut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"cut"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"beginningAr"}},{"kind":"Field","name":{"kind":"Name","value":"endingAr"}},{"kind":"Field","name":{"kind":"Name","value":"endingCurrentAr"}},{"kind":"Field","name":{"kind":"Name","value":"endingOverdueAr"}},{"kind":"Field","name":{"kind":"Name","value":"creditSales"}},{"kind":"Field","name":{"kind":"Name","value":"cashCollected"}},{"kind":"Field","name":{"kind":"Name","value":"writeOffs"}},{"kind":"Field","name":{"kind":"Name","value":"standardDso"}},{"kind":"Field","name":{"kind":"Name","value":"countbackDso"}},{"kind":"Field","name":{"kind":"Name","value":"bestPossibleDso"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysDelinquent"}},{"kind":"Field","name":{"kind":"Name","value":"cei"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRatioByCount"}},{"kind":"Field","name":{"kind":"Name","value":"badDebtRatio"}},{"kind":"Field","name":{"kind":"Name","value":"arTurnover"}},{"kind":"Field","name":{"kind":"Name","value":"turnoverDays"}},{"kind":"Field","name":{"kind":"Name","value":"promisesFallenDue"}},{"kind":"Field","name":{"kind":"Name","value":"promiseKeptRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToPay"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysLate"}}]}}]}}]} as unknown as DocumentNode<KpiReportQuery, KpiReportQueryVariables>;
export const CashForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CashForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cashForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"later"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pastWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}}]}}]}}]} as unknown as DocumentNode<CashForecastQuery, CashForecastQueryVariables>;
export const TrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotDays"}},{"kind":"Field","name":{"kind":"Name","value":"arTotal"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAr"}},{"kind":"Field","name":{"kind":"Name","value":"cashCollected"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}}]}}]}}]} as unknown as DocumentNode<TrendsQuery, TrendsQueryVariables>;
export const CustomerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"LEGAL_NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerOptionsQuery, CustomerOptionsQueryVariables>;
export const CollectionTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteCode"}},{"kind":"Field","name":{"kind":"Name","value":"noteParams"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"promisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"keptRatio"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"lawFirm"}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionTimelineQuery, CollectionTimelineQueryVariables>;
export const LegalCaseAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegalCaseAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalCaseAdvanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCaseAdvance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LegalCaseAdvanceMutation, LegalCaseAdvanceMutationVariables>;
export const DunningResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DunningResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausesLifted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DunningResumeMutation, DunningResumeMutationVariables>;
export const CollectionLetterCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionLetterCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionLetterKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionLetterCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionLetterCreateMutation, CollectionLetterCreateMutationVariables>;
export const DisputeOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DisputeOpenMutation, DisputeOpenMutationVariables>;
export const DunningCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DunningCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"followsPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"policyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DunningCalendarQuery, DunningCalendarQueryVariables>;
export const DunningPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DunningPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DunningPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DunningPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consolidate"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"payLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DunningPoliciesQuery, DunningPoliciesQueryVariables>;
export const DunningPolicyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DunningPolicyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningPolicyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DunningPolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DunningPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consolidate"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"payLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DunningPolicyCreateMutation, DunningPolicyCreateMutationVariables>;
export const DunningPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DunningPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DunningPolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DunningPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DunningPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consolidate"}},{"kind":"Field","name":{"kind":"Name","value":"minAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"allowedWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"payLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<DunningPolicyUpdateMutation, DunningPolicyUpdateMutationVariables>;
export const LegalCaseCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegalCaseCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCaseCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LegalCaseCreateMutation, LegalCaseCreateMutationVariables>;
export const LegalCaseCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegalCaseClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalCaseCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCaseClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LegalCaseCloseMutation, LegalCaseCloseMutationVariables>;
export const CollectionActionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionActionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionActionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionActionCreateMutation, CollectionActionCreateMutationVariables>;
export const PromiseToPayCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromiseToPayCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromiseToPayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promiseToPayCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PromiseToPayCreateMutation, PromiseToPayCreateMutationVariables>;
export const DunningPauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DunningPause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dunningPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DunningPauseMutation, DunningPauseMutationVariables>;
export const PaymentPlanCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentPlanCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentPlanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPlanCreateMutation, PaymentPlanCreateMutationVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklistFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionWorklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"}},{"kind":"Field","name":{"kind":"Name","value":"worstDaysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"promisedToday"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActionAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteCode"}},{"kind":"Field","name":{"kind":"Name","value":"noteParams"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dunningPause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const CustomersAssignCollectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersAssignCollector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collectorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customersAssignCollector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"collectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collectorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersAssignCollectorMutation, CustomersAssignCollectorMutationVariables>;
export const CollectionsOpenInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionsOpenInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUED"},{"kind":"EnumValue","value":"PARTIALLY_PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_DATE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionsOpenInvoicesQuery, CollectionsOpenInvoicesQueryVariables>;
export const CustomerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isBillingContact"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerContactsQuery, CustomerContactsQueryVariables>;
export const ContactCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactCreateMutation, ContactCreateMutationVariables>;
export const ContactUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactUpdateMutation, ContactUpdateMutationVariables>;
export const ContactDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDeleteMutation, ContactDeleteMutationVariables>;
export const CustomerCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLimit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"valueParam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLimit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCreditQuery, CustomerCreditQueryVariables>;
export const CreditAssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAssess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditAssessMutation, CreditAssessMutationVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"overdueBalance"}},{"kind":"Field","name":{"kind":"Name","value":"worstDaysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxNumber"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const CustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSortField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditHold"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"collector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"overdueBalance"}},{"kind":"Field","name":{"kind":"Name","value":"worstDaysOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const CustomerDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDocumentMaxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"docType"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDocumentsQuery, CustomerDocumentsQueryVariables>;
export const CustomerDocumentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDocumentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerDocumentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDocumentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDocumentUpdateMutation, CustomerDocumentUpdateMutationVariables>;
export const CustomerDocumentDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDocumentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDocumentDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDocumentDeleteMutation, CustomerDocumentDeleteMutationVariables>;
export const CustomerPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"gradePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLimitCap"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLimitPct"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"creditHold"}},{"kind":"Field","name":{"kind":"Name","value":"holdOverdueDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPolicyQuery, CustomerPolicyQueryVariables>;
export const CustomerStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalLiabilities"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"netProfit"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCashFlow"}},{"kind":"Field","name":{"kind":"Name","value":"audited"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtToAsset"}},{"kind":"Field","name":{"kind":"Name","value":"currentRatio"}},{"kind":"Field","name":{"kind":"Name","value":"netMargin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerStatementsQuery, CustomerStatementsQueryVariables>;
export const StatementCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StatementCreateMutation, StatementCreateMutationVariables>;
export const InvoiceFormSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceFormSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounding"}}]}}]}}]} as unknown as DocumentNode<InvoiceFormSettingsQuery, InvoiceFormSettingsQueryVariables>;
export const InvoiceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceCreateMutation, InvoiceCreateMutationVariables>;
export const InvoiceIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceIssueMutation, InvoiceIssueMutationVariables>;
export const InvoiceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"credited"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"contractRef"}},{"kind":"Field","name":{"kind":"Name","value":"eInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedById"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOffOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const InvoiceVoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceVoid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceVoidMutation, InvoiceVoidMutationVariables>;
export const InvoiceDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDeleteMutation, InvoiceDeleteMutationVariables>;
export const InvoiceSetDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceSetDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSetDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disputed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputed"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceSetDisputeMutation, InvoiceSetDisputeMutationVariables>;
export const CreditExceptionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditExceptionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditExceptionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditExceptionRequestMutation, CreditExceptionRequestMutationVariables>;
export const CreditNoteCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNoteCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNoteCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditNoteCreateMutation, CreditNoteCreateMutationVariables>;
export const CreditNoteApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNoteApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applications"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceAmountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNoteApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"applications"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applications"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditNoteApplyMutation, CreditNoteApplyMutationVariables>;
export const WriteOffRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WriteOffRequestMutation, WriteOffRequestMutationVariables>;
export const WriteOffApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WriteOffApproveMutation, WriteOffApproveMutationVariables>;
export const WriteOffRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WriteOffRejectMutation, WriteOffRejectMutationVariables>;
export const OpenInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUED"},{"kind":"EnumValue","value":"PARTIALLY_PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"descending"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}}]}}]}}]}}]} as unknown as DocumentNode<OpenInvoicesQuery, OpenInvoicesQueryVariables>;
export const PaymentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"unapplied"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerReference"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"reversedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reversedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentDetailQuery, PaymentDetailQueryVariables>;
export const PaymentReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReverse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReverseMutation, PaymentReverseMutationVariables>;
export const PaymentRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentRefundMutation, PaymentRefundMutationVariables>;
export const PaymentUnallocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentUnallocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentUnallocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allocationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentUnallocateMutation, PaymentUnallocateMutationVariables>;
export const PaymentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"unapplied"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentListQuery, PaymentListQueryVariables>;
export const CustomerUnappliedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerUnapplied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUnappliedCash"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CustomerUnappliedQuery, CustomerUnappliedQueryVariables>;
export const PaymentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"unapplied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentRecordMutation, PaymentRecordMutationVariables>;
export const PaymentAllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentAllocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allocations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceAmountInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldestDueFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentAllocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"allocations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allocations"}}},{"kind":"Argument","name":{"kind":"Name","value":"oldestDueFirst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldestDueFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unapplied"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentAllocateMutation, PaymentAllocateMutationVariables>;
export const PerformanceLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformancePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"beginningAr"}},{"kind":"Field","name":{"kind":"Name","value":"endingAr"}},{"kind":"Field","name":{"kind":"Name","value":"endingCurrentAr"}},{"kind":"Field","name":{"kind":"Name","value":"overdueStart"}},{"kind":"Field","name":{"kind":"Name","value":"overdueEnd"}},{"kind":"Field","name":{"kind":"Name","value":"creditSales"}},{"kind":"Field","name":{"kind":"Name","value":"cashCollected"}},{"kind":"Field","name":{"kind":"Name","value":"cashTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cei"}},{"kind":"Field","name":{"kind":"Name","value":"standardDso"}},{"kind":"Field","name":{"kind":"Name","value":"actionsLogged"}},{"kind":"Field","name":{"kind":"Name","value":"promiseKeptRate"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveWeight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerformanceLeaderboardQuery, PerformanceLeaderboardQueryVariables>;
export const PerformanceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"cei"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}},{"kind":"Field","name":{"kind":"Name","value":"overdueChange"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"promises"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"}},{"kind":"Field","name":{"kind":"Name","value":"disputeTargetDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PerformanceSettingsQuery, PerformanceSettingsQueryVariables>;
export const PerformanceSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformanceSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"cei"}},{"kind":"Field","name":{"kind":"Name","value":"dso"}},{"kind":"Field","name":{"kind":"Name","value":"overdueChange"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"promises"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"}},{"kind":"Field","name":{"kind":"Name","value":"disputeTargetDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PerformanceSettingsUpdateMutation, PerformanceSettingsUpdateMutationVariables>;
export const PerformanceTargetSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformanceTargetSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceTargetSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectorId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cashTarget"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PerformanceTargetSetMutation, PerformanceTargetSetMutationVariables>;
export const AlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const AlertRuleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRuleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRuleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRuleUpdateMutation, AlertRuleUpdateMutationVariables>;
export const AlertRuleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRuleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRuleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRuleCreateMutation, AlertRuleCreateMutationVariables>;
export const AlertsEvaluateNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertsEvaluateNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertsEvaluateNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AlertsEvaluateNowMutation, AlertsEvaluateNowMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyScope"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const CreditSettingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditSettingsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionRequestRoles"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitCap"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLimitPct"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"creditHold"}},{"kind":"Field","name":{"kind":"Name","value":"holdOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreditSettingsPageQuery, CreditSettingsPageQueryVariables>;
export const CreditPolicyChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditPolicyChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPolicyChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditPolicyChangesQuery, CreditPolicyChangesQueryVariables>;
export const CreditPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditGrade"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitCap"}},{"kind":"Field","name":{"kind":"Name","value":"revenueLimitPct"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"allowedPaymentMethods"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"creditHold"}},{"kind":"Field","name":{"kind":"Name","value":"holdOverdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditPolicyUpdateMutation, CreditPolicyUpdateMutationVariables>;
export const CreditSettingsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionRequestRoles"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditSettingsUpdateMutation, CreditSettingsUpdateMutationVariables>;
export const MemberUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seesAllCustomers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"seesAllCustomers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seesAllCustomers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seesAllCustomers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MemberUpdateMutation, MemberUpdateMutationVariables>;
export const MemberRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRemoveMutation, MemberRemoveMutationVariables>;
export const MemberInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MemberInviteMutation, MemberInviteMutationVariables>;
export const OrganizationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganizationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationUpdateMutation, OrganizationUpdateMutationVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InvitationResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationResend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationResendMutation, InvitationResendMutationVariables>;
export const InvitationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationRevokeMutation, InvitationRevokeMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEndpointCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const WebhookEndpointUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"isActive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointUpdateMutation, WebhookEndpointUpdateMutationVariables>;
export const WebhookSecretRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookSecretRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSecretRotateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSecretRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSecretRotateMutation, WebhookSecretRotateMutationVariables>;
export const WebhookSecretRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookSecretRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSecretRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSecretRevokeMutation, WebhookSecretRevokeMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const TaskCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TaskCompleteMutation, TaskCompleteMutationVariables>;
export const AccountStatementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountStatementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatementFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementListQuery, AccountStatementListQueryVariables>;
export const AccountStatementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountStatementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"openItemsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}},{"kind":"Field","name":{"kind":"Name","value":"aging"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesTable"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscrepancyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscrepancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AccountStatementDetailQuery, AccountStatementDetailQueryVariables>;
export const DiscrepancyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscrepancyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancyFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscrepancyRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscrepancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<DiscrepancyListQuery, DiscrepancyListQueryVariables>;
export const ReconciliationOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconciliationOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"openDiscrepancies"}}]}}]}}]} as unknown as DocumentNode<ReconciliationOverviewQuery, ReconciliationOverviewQueryVariables>;
export const AccountStatementCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountStatementCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountStatementCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatementCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementCreateMutation, AccountStatementCreateMutationVariables>;
export const AccountStatementSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountStatementSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatementSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementSendMutation, AccountStatementSendMutationVariables>;
export const AccountStatementRevokeLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountStatementRevokeLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatementRevokeLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementRevokeLinksMutation, AccountStatementRevokeLinksMutationVariables>;
export const AccountStatementRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountStatementRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatementRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closingBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementRefreshMutation, AccountStatementRefreshMutationVariables>;
export const StatementDiscrepancyAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementDiscrepancyAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementDiscrepancyAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discrepancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscrepancyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscrepancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StatementDiscrepancyAssignMutation, StatementDiscrepancyAssignMutationVariables>;
export const StatementDiscrepancyResolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StatementDiscrepancyResolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyResolution"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementDiscrepancyResolve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discrepancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiscrepancyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiscrepancyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"customerAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customerNote"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentName"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"line"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StatementDiscrepancyResolveMutation, StatementDiscrepancyResolveMutationVariables>;
export const SettlingDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlingDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUED"},{"kind":"EnumValue","value":"PARTIALLY_PAID"},{"kind":"EnumValue","value":"PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<SettlingDocumentsQuery, SettlingDocumentsQueryVariables>;
export const StatementCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StatementCustomerQuery, StatementCustomerQueryVariables>;
export const AccountStatementSendMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountStatementSendMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountStatementSendMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"alreadySent"}},{"kind":"Field","name":{"kind":"Name","value":"nothingToReconcile"}},{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountStatementSendMonthMutation, AccountStatementSendMonthMutationVariables>;
export const WorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceQuery, WorkspaceQueryVariables>;
export const OrganizationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganizationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationCreateMutation, OrganizationCreateMutationVariables>;
export const MembersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seesAllCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersPageQuery, MembersPageQueryVariables>;