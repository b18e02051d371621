import { CheckOutlined, SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Tag, Typography } from 'antd';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

export interface SwitcherOrganization {
  id: string;
  name: string;
  viewerRole?: Role | null;
}

interface OrgSwitcherProps {
  organizations: readonly SwitcherOrganization[];
  currentId: string | null;
  /** Most recent first. */
  recentIds: readonly string[];
  onSelect(id: string): void;
}

interface Option {
  key: string;
  organization: SwitcherOrganization;
}

/**
 * The organization picker for people with many organizations (bookkeeping agencies): recently
 * used first, then all; typing filters by name; arrow keys and Enter choose without a mouse.
 */
export function OrgSwitcher({ organizations, currentId, recentIds, onSelect }: OrgSwitcherProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);

  const sections = useMemo(() => {
    const query = search.trim().toLocaleLowerCase();
    if (query) {
      const matches = organizations.filter((o) => o.name.toLocaleLowerCase().includes(query));
      return [{ title: null, options: matches.map((o) => ({ key: `match-${o.id}`, organization: o })) }];
    }
    const byId = new Map(organizations.map((o) => [o.id, o]));
    const recent = recentIds.flatMap((id) => {
      const organization = byId.get(id);
      return organization ? [{ key: `recent-${id}`, organization }] : [];
    });
    const all = organizations.map((o) => ({ key: `all-${o.id}`, organization: o }));
    return [
      ...(recent.length > 0 && organizations.length > recent.length ? [{ title: t('org.recent'), options: recent }] : []),
      { title: `${t('org.all')} · ${t('org.count', { count: organizations.length })}`, options: all },
    ];
  }, [organizations, recentIds, search, t]);

  const options: Option[] = useMemo(() => sections.flatMap((s) => s.options), [sections]);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => setActive(0), [search]);
  useEffect(() => {
    document.getElementById(`${listId}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, listId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && options[active]) {
      event.preventDefault();
      onSelect(options[active].organization.id);
    }
  };

  let index = -1;
  return (
    <div className="org-switcher">
      <Input
        autoFocus
        allowClear
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('org.searchPlaceholder')}
        aria-label={t('org.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
      />
      <div className="org-switcher-list" id={listId} role="listbox" aria-label={t('org.switcherTitle')}>
        {options.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noMatch')} />
        ) : (
          sections.map((section) => (
            <div key={section.title ?? 'matches'} role="group" aria-label={section.title ?? undefined}>
              {section.title && (
                <Typography.Text type="secondary" className="org-switcher-section">
                  {section.title}
                </Typography.Text>
              )}
              {section.options.map((option) => {
                index += 1;
                const position = index;
                const isCurrent = option.organization.id === currentId;
                return (
                  <div
                    key={option.key}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === active}
                    className={`org-switcher-option${position === active ? ' is-active' : ''}`}
                    onMouseEnter={() => setActive(position)}
                    onClick={() => onSelect(option.organization.id)}
                  >
                    <span className="org-switcher-name">{option.organization.name}</span>
                    {option.organization.viewerRole && <Tag variant="filled">{t(`roles.${option.organization.viewerRole}`)}</Tag>}
                    {isCurrent && <CheckOutlined className="org-switcher-current" aria-label={t('org.current')} />}
                  </div>
                );
              })}
            </div>
          ))
        )}
      </div>
    </div>
  );
}
