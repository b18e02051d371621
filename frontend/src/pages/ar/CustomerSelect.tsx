import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const CustomerOptions = graphql(`
  query CustomerOptions($search: String) {
    customers(search: $search, first: 20, sort: LEGAL_NAME) {
      nodes {
        id
        code
        legalName
      }
    }
  }
`);

interface Props {
  id?: string;
  value?: string | null;
  onChange?(value: string | undefined): void;
  allowClear?: boolean;
  placeholder?: string;
  className?: string;
  'aria-label'?: string;
}

/** Pick a customer by typing part of its name or code (asks the server). */
export function CustomerSelect({ id, value, onChange, allowClear, placeholder, className, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const [{ data, fetching }] = useQuery({ query: CustomerOptions, variables: { search: deferred || null } });
  const options = (data?.customers.nodes ?? []).map((c) => ({ value: c.id, label: `${c.legalName} · ${c.code}` }));
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      loading={fetching}
      allowClear={allowClear}
      placeholder={placeholder ?? t('ar.chooseCustomer')}
      notFoundContent={fetching ? t('common.loading') : t('common.noData')}
      className={className}
      aria-label={rest['aria-label']}
    />
  );
}
