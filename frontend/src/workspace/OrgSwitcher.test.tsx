import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render';
import { OrgSwitcher } from './OrgSwitcher';
import { recentOrganizations, rememberOrganization, RECENT_LIMIT } from './storage';

// An agency with 30 client companies, by name as the API sorts them.
const organizations = Array.from({ length: 30 }, (_, i) => ({
  id: `org-${i}`,
  name: i % 3 === 0 ? `杭州客户${String(i).padStart(2, '0')}有限公司` : `上海客户${String(i).padStart(2, '0')}有限公司`,
  viewerRole: 'FINANCE' as const,
}));

const optionNames = () => screen.getAllByRole('option').map((o) => o.querySelector('.org-switcher-name')?.textContent);

describe('OrgSwitcher', () => {
  it('lists the recently used first, most recent on top, then all', () => {
    renderApp(<OrgSwitcher organizations={organizations} currentId="org-7" recentIds={['org-7', 'org-12', 'gone']} onSelect={vi.fn()} />);
    const recent = screen.getByRole('group', { name: '最近使用' });
    expect(within(recent).getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('上海客户07有限公司'),
      expect.stringContaining('杭州客户12有限公司'),
    ]);
    expect(within(screen.getByRole('group', { name: /全部组织/ })).getAllByRole('option')).toHaveLength(30);
    expect(within(recent).getByLabelText('当前')).toBeInTheDocument();
  });

  it('filters by name as one types, and picks with the keyboard', async () => {
    const onSelect = vi.fn();
    renderApp(<OrgSwitcher organizations={organizations} currentId={null} recentIds={[]} onSelect={onSelect} />);
    const search = screen.getByRole('combobox');
    expect(search).toHaveFocus();
    await userEvent.type(search, '杭州客户1');
    expect(optionNames()).toEqual(['杭州客户12有限公司', '杭州客户15有限公司', '杭州客户18有限公司']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('org-15');
  });

  it('says so when nothing matches, and a click picks too', async () => {
    const onSelect = vi.fn();
    renderApp(<OrgSwitcher organizations={organizations} currentId={null} recentIds={[]} onSelect={onSelect} />);
    await userEvent.type(screen.getByRole('combobox'), '北京');
    expect(screen.getByText('没有名称匹配的组织')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('combobox'));
    await userEvent.click(screen.getByText('上海客户01有限公司'));
    expect(onSelect).toHaveBeenCalledWith('org-1');
  });
});

describe('recently used organizations', () => {
  it('keeps the last few per user, most recent first, without repeats', () => {
    for (const id of ['a', 'b', 'c', 'a', 'd', 'e', 'f']) rememberOrganization('user-1', id);
    expect(recentOrganizations('user-1')).toEqual(['f', 'e', 'd', 'a', 'c']);
    expect(recentOrganizations('user-1')).toHaveLength(RECENT_LIMIT);
    expect(recentOrganizations('user-2')).toEqual([]);
  });
});
