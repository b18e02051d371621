import type { TFunction } from 'i18next';
import type { AuditActorType } from '../../gql/graphql';
import { translateOr } from '../../i18n';
import type { OrganizationMember } from '../../workspace/members';

/** "organization.update" → 修改组织信息 / Organization changed; an action we have no words for shows as is. */
export function actionLabel(t: TFunction, action: string): string {
  return translateOr(t, `audit.actions.${action}`, action);
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

/** The actions the log knows words for, as filter choices. */
export function knownActions(t: TFunction): { value: string; label: string }[] {
  const groups = t('audit.actions', { returnObjects: true }) as Record<string, Record<string, string>>;
  return Object.entries(groups).flatMap(([group, actions]) =>
    Object.entries(actions).map(([name, label]) => ({ value: `${group}.${name}`, label })),
  );
}

export function knownTargetTypes(t: TFunction): { value: string; label: string }[] {
  const types = t('audit.targetTypes', { returnObjects: true }) as Record<string, string>;
  return Object.entries(types).map(([value, label]) => ({ value, label }));
}
