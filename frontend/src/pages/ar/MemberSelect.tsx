import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { useAllMembers } from '../../workspace/members';

interface Props {
  id?: string;
  value?: string | null;
  onChange?(value: string | null): void;
  roles?: readonly Role[];
  placeholder?: string;
  className?: string;
  'aria-label'?: string;
}

/** A member of the organization (membership id), e.g. a customer's collector or owner. */
export function MemberSelect({ id, value, onChange, roles, placeholder, className, ...rest }: Props) {
  const { t } = useTranslation();
  const { members, loading } = useAllMembers();
  const options = (members ?? [])
    .filter((m) => !roles || roles.includes(m.role))
    .map((m) => ({ value: m.id, label: `${m.user.fullName || m.user.email} · ${t(`roles.${m.role}`)}` }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={loading}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('customers.nobody')}
      className={className}
      aria-label={rest['aria-label']}
    />
  );
}
