// Which organization is open: per tab (sessionStorage), with the user's last choice as the
// default for a new tab or sign-in, and the user's recently used organizations for the switcher.

const TAB_KEY = 'huikuan.organization';
const lastKey = (userId: string) => `huikuan.lastOrganization.${userId}`;
const recentKey = (userId: string) => `huikuan.recentOrganizations.${userId}`;
export const RECENT_LIMIT = 5;

export function initialOrganization(userId: string): string | null {
  return sessionStorage.getItem(TAB_KEY) ?? localStorage.getItem(lastKey(userId));
}

export function rememberOrganization(userId: string, organizationId: string): void {
  sessionStorage.setItem(TAB_KEY, organizationId);
  localStorage.setItem(lastKey(userId), organizationId);
  const recent = [organizationId, ...recentOrganizations(userId).filter((id) => id !== organizationId)];
  localStorage.setItem(recentKey(userId), JSON.stringify(recent.slice(0, RECENT_LIMIT)));
}

export function forgetOrganization(userId: string, organizationId: string): void {
  if (sessionStorage.getItem(TAB_KEY) === organizationId) sessionStorage.removeItem(TAB_KEY);
  if (localStorage.getItem(lastKey(userId)) === organizationId) localStorage.removeItem(lastKey(userId));
  const recent = recentOrganizations(userId).filter((id) => id !== organizationId);
  localStorage.setItem(recentKey(userId), JSON.stringify(recent));
}

export function recentOrganizations(userId: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(recentKey(userId)) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
