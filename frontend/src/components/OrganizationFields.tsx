import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../format/money';
import { intlLocale } from '../i18n';

export interface OrganizationFormValues {
  name: string;
  baseCurrency: string;
  timezone: string;
  locale: 'ZH_CN' | 'EN';
}

export const ORGANIZATION_FIELDS = ['name', 'baseCurrency', 'timezone', 'locale'] as const;

const COMMON_CURRENCIES = ['CNY', 'HKD', 'USD', 'EUR', 'JPY', 'GBP', 'SGD', 'TWD', 'KRW', 'AUD'];

function supported(key: 'currency' | 'timeZone', fallback: string[]): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf(key) : fallback;
}

/** Name, base currency, timezone and document language: shared by "new organization" and settings. */
export function OrganizationFields() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);

  const currencies = useMemo(() => {
    const all = supported('currency', COMMON_CURRENCIES);
    const ordered = [...COMMON_CURRENCIES, ...all.filter((c) => !COMMON_CURRENCIES.includes(c))];
    return ordered.map((code) => ({ value: code, label: `${code} · ${currencyName(code, locale)}` }));
  }, [locale]);

  const timezones = useMemo(
    () => supported('timeZone', ['Asia/Shanghai']).map((zone) => ({ value: zone, label: zone })),
    [],
  );

  return (
    <>
      <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, message: t('org.nameRequired') }]}>
        <Input placeholder={t('org.namePlaceholder')} maxLength={200} />
      </Form.Item>
      <Form.Item name="baseCurrency" label={t('org.baseCurrency')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={currencies} />
      </Form.Item>
      <Form.Item name="timezone" label={t('org.timezone')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={timezones} />
      </Form.Item>
      <Form.Item name="locale" label={t('org.locale')} extra={t('org.localeHelp')}>
        <Select
         
          options={[
            { value: 'ZH_CN', label: t('language.zh-CN') },
            { value: 'EN', label: t('language.en') },
          ]}
        />
      </Form.Item>
    </>
  );
}
