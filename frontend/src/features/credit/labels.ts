import type { AlertSeverity, AlertState, CreditDecisionStatus } from '../../gql/graphql';

export const SEVERITY_COLOR: Record<AlertSeverity, string> = { CRITICAL: 'red', WARNING: 'orange', INFO: 'blue' };
export const ALERT_STATE_COLOR: Record<AlertState, string> = { OPEN: 'red', ACKNOWLEDGED: 'gold', RESOLVED: 'green' };
export const DECISION_COLOR: Record<CreditDecisionStatus, string> = {
  REQUESTED: 'processing',
  APPROVED: 'green',
  REJECTED: 'red',
  REVOKED: 'default',
  EXPIRED: 'default',
  SUPERSEDED: 'default',
  USED: 'cyan',
  CANCELLED: 'default',
};
export const GRADES = ['AAA', 'AA', 'A', 'B', 'C'] as const;
