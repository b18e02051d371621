import type { TFunction } from 'i18next';
import type { AuditAction, AuditActorType } from '../../gql/graphql';
import { translateOr } from '../../i18n';
import type { OrganizationMember } from '../../workspace/members';

/** ORGANIZATION_UPDATE → 修改组织信息 / Organization changed; an action no longer in the registry shows as recorded. */
export function actionLabel(t: TFunction, entry: { action: string; actionCode?: AuditAction | null }): string {
  return entry.actionCode ? t(`audit.actionNames.${entry.actionCode}`) : entry.action;
}

export function targetTypeLabel(t: TFunction, targetType: string): string {
  return translateOr(t, `audit.targetTypes.${targetType}`, targetType);
}

interface EntryActor {
  actorType: AuditActorType;
  actorUserId?: string | null;
}

/** The member's name for a user, else the kind of actor (API key, system, …). */
export function actorLabel(t: TFunction, entry: EntryActor, membersByUserId: ReadonlyMap<string, OrganizationMember>): string {
  if (entry.actorType === 'USER' && entry.actorUserId) {
    const member = membersByUserId.get(entry.actorUserId);
    return member ? member.user.fullName || member.user.email : t('audit.formerMember');
  }
  return t(`audit.actorTypes.${entry.actorType}`);
}

export function membersByUserId(members: readonly OrganizationMember[] | undefined): Map<string, OrganizationMember> {
  return new Map((members ?? []).map((m) => [m.user.id, m]));
}

/** Every action of the registry (the server's `auditActions`), as filter choices sorted by label. */
export function actionChoices(t: TFunction, actions: readonly AuditAction[]): { value: AuditAction; label: string }[] {
  return actions
    .map((value) => ({ value, label: t(`audit.actionNames.${value}`) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function knownTargetTypes(t: TFunction): { value: string; label: string }[] {
  const types = t('audit.targetTypes', { returnObjects: true }) as Record<string, string>;
  return Object.entries(types).map(([value, label]) => ({ value, label }));
}
