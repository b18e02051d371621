import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { combinedErrorText, errorText } from '../../api/errors';
import { formatDay } from '../../pages/ar/format';
import { graphql } from '../../gql';
import type { Guarantee, IndustryRisk, ManagementQuality, PublicRecord } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';

const ProfileQuery = graphql(`
  query CustomerCreditProfile($id: ID!) {
    customer(id: $id) {
      id
      creditProfile {
        industryRisk
        management
        guarantee
        publicRecord
        publicRecordNote
        publicRecordCheckedOn
        version
      }
    }
  }
`);

const ProfileUpdate = graphql(`
  mutation CreditProfileUpdate($customerId: ID!, $input: CreditProfileInput!) {
    creditProfileUpdate(customerId: $customerId, input: $input) {
      profile {
        industryRisk
        management
        guarantee
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const PublicRecordFlag = graphql(`
  mutation CustomerPublicRecordFlag($customerId: ID!, $record: PublicRecord!, $note: String!, $checkedOn: Date) {
    customerPublicRecordFlag(customerId: $customerId, record: $record, note: $note, checkedOn: $checkedOn) {
      profile {
        publicRecord
        publicRecordNote
        publicRecordCheckedOn
        version
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const INDUSTRY: IndustryRisk[] = ['LOW', 'MEDIUM', 'HIGH'];
const MANAGEMENT: ManagementQuality[] = ['STRONG', 'ADEQUATE', 'WEAK'];
const GUARANTEE: Guarantee[] = ['NONE', 'PARTIAL', 'FULL', 'CREDIT_INSURANCE'];
const RECORDS: PublicRecord[] = ['CLEAN', 'MINOR', 'DISHONEST'];

interface ProfileValues {
  industryRisk: IndustryRisk | null;
  management: ManagementQuality | null;
  guarantee: Guarantee | null;
}

interface RecordValues {
  record: PublicRecord;
  note: string;
  checkedOn: Dayjs | null;
}

/** The qualitative factors of the scorecard: industry risk, management, guarantees (creditProfileUpdate) and the public credit record (customerPublicRecordFlag). */
export function QualitativeProfileCard({ customerId, onSaved }: { customerId: string; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const [{ data }, reload] = useQuery({ query: ProfileQuery, variables: { id: customerId } });
  const [, update] = useMutation(ProfileUpdate);
  const [, flag] = useMutation(PublicRecordFlag);
  const [saving, setSaving] = useState<'profile' | 'record' | null>(null);
  const profile = data?.customer?.creditProfile;
  const canAssess = can('CREDIT_ASSESS');
  const canFlag = can('ALERTS_WORK');

  const done = (errors: { field?: string | null; code: string; message: string }[], error: Parameters<typeof combinedErrorText>[1] | undefined, saved: string) => {
    if (error) message.error(combinedErrorText(t, error));
    else if (errors[0]) message.error(errorText(t, errors[0]));
    else {
      message.success(saved);
      reload({ requestPolicy: 'network-only' });
      onSaved();
    }
  };

  const saveProfile = async (values: ProfileValues) => {
    setSaving('profile');
    const result = await update({
      customerId,
      input: { industryRisk: values.industryRisk ?? null, management: values.management ?? null, guarantee: values.guarantee ?? null },
    });
    setSaving(null);
    done(result.data?.creditProfileUpdate.errors ?? [], result.error, t('creditProfile.saved'));
  };

  const saveRecord = async (values: RecordValues) => {
    setSaving('record');
    const result = await flag({
      customerId,
      record: values.record,
      note: values.note?.trim() ?? '',
      checkedOn: values.checkedOn ? values.checkedOn.format('YYYY-MM-DD') : null,
    });
    setSaving(null);
    done(result.data?.customerPublicRecordFlag.errors ?? [], result.error, t('creditProfile.recordSaved'));
  };

  if (!data) return null;
  const options = <T extends string>(values: T[], group: string) =>
    values.map((value) => ({ value, label: t(`creditProfile.${group}.${value}` as 'creditProfile.industry.LOW') }));

  return (
    <Card size="small" title={t('creditProfile.title')} data-testid="credit-profile" className="credit-profile-card">
      <Typography.Paragraph type="secondary">{t('creditProfile.help')}</Typography.Paragraph>
      <Row gutter={[24, 8]}>
        <Col xs={24} lg={12}>
          <Form<ProfileValues>
            layout="vertical"
            key={`profile-${profile?.version ?? 0}`}
            initialValues={{ industryRisk: profile?.industryRisk ?? null, management: profile?.management ?? null, guarantee: profile?.guarantee ?? null }}
            onFinish={saveProfile}
            disabled={!canAssess}
          >
            <Form.Item name="industryRisk" label={t('creditProfile.industryRisk')}>
              <Select allowClear placeholder={t('creditProfile.unknown')} options={options(INDUSTRY, 'industry')} />
            </Form.Item>
            <Form.Item name="management" label={t('creditProfile.management')}>
              <Select allowClear placeholder={t('creditProfile.unknown')} options={options(MANAGEMENT, 'managementQuality')} />
            </Form.Item>
            <Form.Item name="guarantee" label={t('creditProfile.guarantee')}>
              <Select allowClear placeholder={t('creditProfile.unknown')} options={options(GUARANTEE, 'guarantees')} />
            </Form.Item>
            {canAssess && (
              <Button type="primary" htmlType="submit" loading={saving === 'profile'}>
                {t('creditProfile.save')}
              </Button>
            )}
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          <Form<RecordValues>
            layout="vertical"
            key={`record-${profile?.version ?? 0}`}
            initialValues={{ record: profile?.publicRecord ?? undefined, note: profile?.publicRecordNote ?? '', checkedOn: null }}
            onFinish={saveRecord}
            disabled={!canFlag}
          >
            <Form.Item name="record" label={t('creditProfile.publicRecord')} rules={[{ required: true, message: t('creditProfile.recordRequired') }]}>
              <Select placeholder={t('creditProfile.unknown')} options={options(RECORDS, 'records')} />
            </Form.Item>
            <Form.Item name="note" label={t('creditProfile.recordNote')}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="checkedOn" label={t('creditProfile.checkedOn')} extra={profile?.publicRecordCheckedOn ? t('creditProfile.lastChecked', { date: formatDay(profile.publicRecordCheckedOn, i18n.language) }) : undefined}>
              <DatePicker />
            </Form.Item>
            {canFlag && (
              <Button htmlType="submit" loading={saving === 'record'}>
                {t('creditProfile.saveRecord')}
              </Button>
            )}
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
