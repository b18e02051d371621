import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../../api/errors';
import { useFormErrors } from '../../api/useFormErrors';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { ContactChannel, CustomerContactsQuery } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { FormAlert } from '../ar/FormAlert';
import { ImplicitSubmit } from '../ar/ImplicitSubmit';

const CustomerContacts = graphql(`
  query CustomerContacts($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        id
        name
        title
        phone
        email
        preferredChannel
        language
        isBillingContact
      }
    }
  }
`);

const ContactCreate = graphql(`
  mutation ContactCreate($customerId: ID!, $input: ContactInput!) {
    contactCreate(customerId: $customerId, input: $input) {
      contact {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ContactUpdate = graphql(`
  mutation ContactUpdate($id: ID!, $input: ContactUpdateInput!) {
    contactUpdate(id: $id, input: $input) {
      contact {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const ContactDelete = graphql(`
  mutation ContactDelete($id: ID!) {
    contactDelete(id: $id) {
      contact {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

type Contact = NonNullable<CustomerContactsQuery['customer']>['contacts'][number];
const CHANNELS: ContactChannel[] = ['EMAIL', 'SMS', 'PHONE', 'WECHAT', 'LETTER'];
const FIELDS = ['name', 'title', 'phone', 'email', 'preferredChannel', 'language', 'isBillingContact'] as const;

interface Values {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  preferredChannel: ContactChannel;
  language: string;
  isBillingContact: boolean;
}

export function ContactsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useWorkspace();
  const canManage = can('CUSTOMERS_MANAGE');
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerContacts, variables: { id: customerId } });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [, remove] = useMutation(ContactDelete);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  if (error) return <QueryError error={error} onRetry={refresh} />;
  const columns: ColumnsType<Contact> = [
    {
      title: t('custContacts.name'),
      key: 'name',
      render: (_, c) => (
        <Space>
          {c.name}
          {c.isBillingContact && <Tag color="blue">{t('custContacts.billing')}</Tag>}
        </Space>
      ),
    },
    { title: t('custContacts.title'), dataIndex: 'title' },
    { title: t('custContacts.phone'), dataIndex: 'phone' },
    { title: t('custContacts.email'), dataIndex: 'email' },
    { title: t('custContacts.channel'), dataIndex: 'preferredChannel', render: (c: ContactChannel) => t(`custContacts.channels.${c}`) },
    {
      title: t('common.actions'),
      key: 'actions',
      hidden: !canManage,
      width: 150,
      render: (_, c) => (
        <Space>
          <Button size="small" type="link" onClick={() => setEditing(c)}>{t('ar.edit')}</Button>
          <Popconfirm
            title={t('custContacts.removeConfirm', { name: c.name })}
            okText={t('common.remove')}
            onConfirm={async () => {
              const result = await remove({ id: c.id });
              const errors = result.data?.contactDelete.errors ?? [];
              if (result.error || errors.length) message.error(errors[0] ? errorText(t, errors[0]) : t('errors.network'));
              else refresh();
            }}
          >
            <Button size="small" type="link" danger>{t('common.remove')}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <>
      {canManage && (
        <div className="tab-toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>{t('custContacts.add')}</Button>
        </div>
      )}
      <Table
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.customer?.contacts ?? []}
        loading={fetching}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('custContacts.empty')} /> }}
      />
      {editing && (
        <ContactModal
          customerId={customerId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </>
  );
}

function ContactModal({ customerId, contact, onClose, onSaved }: { customerId: string; contact?: Contact; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { formErrors, show } = useFormErrors(form, FIELDS);
  const [saving, setSaving] = useState(false);
  const [, create] = useMutation(ContactCreate);
  const [, update] = useMutation(ContactUpdate);

  const submit = async (values: Values) => {
    const input = {
      name: values.name.trim(),
      title: values.title?.trim() ?? '',
      phone: values.phone?.trim() ?? '',
      email: values.email?.trim() ?? '',
      preferredChannel: values.preferredChannel,
      language: values.language,
      isBillingContact: values.isBillingContact,
    };
    setSaving(true);
    const result = contact ? await update({ id: contact.id, input }) : await create({ customerId, input });
    setSaving(false);
    const payload = result.data && ('contactUpdate' in result.data ? result.data.contactUpdate : result.data.contactCreate);
    if (!show(payload?.errors, result.error)) onSaved();
  };

  return (
    <Modal open title={contact ? t('custContacts.editTitle') : t('custContacts.add')} okText={t('common.save')} onOk={() => form.submit()} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <FormAlert errors={formErrors} />
      <Form<Values>
        form={form}
        name="contact"
        layout="vertical"
        onFinish={submit}
        initialValues={contact ?? { preferredChannel: 'EMAIL', language: 'zh-CN', isBillingContact: false }}
      >
        <Form.Item name="name" label={t('custContacts.name')} rules={[{ required: true, whitespace: true, message: t('ar.required') }]}>
          <Input autoFocus maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('custContacts.title')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t('custContacts.phone')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="email" label={t('custContacts.email')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="preferredChannel" label={t('custContacts.channel')}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`custContacts.channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="language" label={t('custContacts.language')}>
          <Select options={[{ value: 'zh-CN', label: t('language.zh-CN') }, { value: 'en', label: t('language.en') }]} />
        </Form.Item>
        <Form.Item name="isBillingContact" valuePropName="checked">
          <Checkbox>{t('custContacts.billing')}</Checkbox>
        </Form.Item>
        <ImplicitSubmit />
      </Form>
    </Modal>
  );
}
