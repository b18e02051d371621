// 资料 / Documents: the files kept about a customer (营业执照, 开户许可证, contracts, 授信协议 …) with
// their type, number and dates; expired ones in red, those expiring within 30 days in amber.
import { DeleteOutlined, DownloadOutlined, EditOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorText, renderCode, type PayloadError } from '../../api/errors';
import { QueryError } from '../../components/QueryError';
import { DownloadRefused, downloadAuthenticated, fetchAuthenticated } from '../../exports/download';
import { graphql } from '../../gql';
import type { CustomerDocumentsQuery, DocumentExpiryStatus, DocumentType } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { useArFormat } from '../ar/format';

const CustomerDocumentsDoc = graphql(`
  query CustomerDocuments($id: ID!) {
    customerDocumentMaxBytes
    customer(id: $id) {
      id
      documents {
        id
        docType
        number
        issuedOn
        expiresOn
        note
        fileName
        contentType
        sizeBytes
        createdAt
        expiryStatus
        downloadUrl
      }
    }
  }
`);

const DocumentUpdate = graphql(`
  mutation CustomerDocumentUpdate($id: ID!, $input: CustomerDocumentUpdateInput!) {
    customerDocumentUpdate(id: $id, input: $input) {
      document {
        id
      }
      errors {
        field
        code
        message
        params {
          name
          kind
          value
          currency
        }
      }
    }
  }
`);

const DocumentDelete = graphql(`
  mutation CustomerDocumentDelete($id: ID!) {
    customerDocumentDelete(id: $id) {
      document {
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

type Document = NonNullable<CustomerDocumentsQuery['customer']>['documents'][number];

export const DOCUMENT_TYPES: DocumentType[] = [
  'BUSINESS_LICENCE',
  'ACCOUNT_PERMIT',
  'CONTRACT',
  'CREDIT_AGREEMENT',
  'FINANCIAL_STATEMENT',
  'LEGAL_REPRESENTATIVE_ID',
  'GUARANTEE',
  'OTHER',
];
const FORM_FIELDS = ['file', 'docType', 'number', 'issuedOn', 'expiresOn', 'note'];
const STATUS_COLOR: Record<DocumentExpiryStatus, string | undefined> = { EXPIRED: 'red', EXPIRING: 'gold', VALID: undefined, NONE: undefined };
// Expired in red, expiring within 30 days in amber.
const EXPIRY_TEXT: Record<DocumentExpiryStatus, 'danger' | 'warning' | undefined> = { EXPIRED: 'danger', EXPIRING: 'warning', VALID: undefined, NONE: undefined };
const DAY = 'YYYY-MM-DD';

/** A file's size for the reader: 850 KB, 2.4 MB (1 KB = 1,024 bytes). */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

interface Values {
  docType: DocumentType;
  number?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
  note?: string;
}

/** The tab's label: 资料 with the number of documents expired or expiring within 30 days. */
export function DocumentsTabLabel({ warnings }: { warnings: number }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {t('documents.tab')}
      {warnings > 0 && <Badge count={warnings} size="small" color="#d48806" title={t('documents.warning', { count: warnings })} />}
    </Space>
  );
}

/** Texts of the server's refusals, in the reader's language (with the limit a code carries). */
function useErrorText() {
  const { t } = useTranslation();
  return (error: PayloadError) => renderCode(t, 'documents.errors', error.code, error.params, errorText(t, error));
}

/** `onChanged`: after an upload, edit or delete (the customer page refreshes its warning count). */
export function DocumentsTab({ customerId, onChanged }: { customerId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can, organization } = useWorkspace();
  const fmt = useArFormat();
  const explain = useErrorText();
  const canManage = can('CUSTOMERS_MANAGE');
  const [{ data, error, fetching }, reload] = useQuery({ query: CustomerDocumentsDoc, variables: { id: customerId } });
  const [, remove] = useMutation(DocumentDelete);
  const [editing, setEditing] = useState<Document | 'new' | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const changed = () => {
    refresh();
    onChanged();
  };

  if (error) return <QueryError error={error} onRetry={refresh} />;
  const documents = data?.customer?.documents ?? [];
  const warnings = documents.filter((d) => d.expiryStatus === 'EXPIRED' || d.expiryStatus === 'EXPIRING').length;
  const maxBytes = data?.customerDocumentMaxBytes ?? 0;

  const download = async (doc: Document) => {
    try {
      await downloadAuthenticated(doc.downloadUrl, organization.id, doc.fileName);
    } catch (failure) {
      const code = failure instanceof DownloadRefused ? failure.code : 'NETWORK';
      message.error(explain({ code, message: t('documents.downloadFailed') }));
    }
  };

  const columns: ColumnsType<Document> = [
    {
      title: t('documents.type'),
      key: 'type',
      render: (_, d) => t(`documents.types.${d.docType}`),
    },
    {
      title: t('documents.file'),
      key: 'file',
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={() => void download(d)} data-testid="document-download">
            {d.fileName}
          </Typography.Link>
          {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('documents.number'), dataIndex: 'number', render: (v: string) => v || '—', responsive: ['md'] },
    { title: t('documents.issuedOn'), dataIndex: 'issuedOn', render: (v: string | null) => fmt.day(v), responsive: ['lg'] },
    {
      title: t('documents.expiresOn'),
      key: 'expires',
      render: (_, d) => (
        <Space size={4} wrap>
          <Typography.Text type={EXPIRY_TEXT[d.expiryStatus]} data-testid="document-expires-on">
            {fmt.day(d.expiresOn)}
          </Typography.Text>
          {(d.expiryStatus === 'EXPIRED' || d.expiryStatus === 'EXPIRING') && (
            <Tag color={STATUS_COLOR[d.expiryStatus]}>{t(`documents.status.${d.expiryStatus}`)}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('documents.size'),
      dataIndex: 'sizeBytes',
      align: 'right',
      responsive: ['lg'],
      render: (v: number) => fileSize(v, i18n.language),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, d) => (
        <Space size={0}>
          <Button size="small" type="link" icon={<DownloadOutlined />} aria-label={t('documents.download')} onClick={() => void download(d)} />
          {canManage && (
            <Button size="small" type="link" icon={<EditOutlined />} aria-label={t('documents.edit')} onClick={() => setEditing(d)} />
          )}
          {canManage && (
            <Popconfirm
              title={t('documents.removeConfirm', { name: d.fileName })}
              okText={t('documents.remove')}
              okButtonProps={{ danger: true }}
              onConfirm={async () => {
                const result = await remove({ id: d.id });
                const errors = result.data?.customerDocumentDelete.errors ?? [];
                if (result.error || errors.length) message.error(errors[0] ? explain(errors[0]) : t('errors.network'));
                else {
                  message.success(t('documents.removed'));
                  changed();
                }
              }}
            >
              <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('documents.remove')} data-testid="document-delete" />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      {warnings > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('documents.warning', { count: warnings })} />}
      {canManage && (
        <div className="tab-toolbar">
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setEditing('new')} data-testid="document-upload">
            {t('documents.upload')}
          </Button>
        </div>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={fetching}
        columns={columns}
        dataSource={documents}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('documents.empty') }}
      />
      {editing && (
        <DocumentModal
          customerId={customerId}
          document={editing === 'new' ? null : editing}
          maxBytes={maxBytes}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
        />
      )}
    </>
  );
}

interface ModalProps {
  customerId: string;
  document: Document | null;
  maxBytes: number;
  onClose: () => void;
  onSaved: () => void;
}

/** Upload a document (file dropped or chosen, with its type and dates), or edit a document's details. */
function DocumentModal({ customerId, document, maxBytes, onClose, onSaved }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { organization } = useWorkspace();
  const explain = useErrorText();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [, update] = useMutation(DocumentUpdate);
  const megabytes = Math.floor(maxBytes / (1024 * 1024));

  const showErrors = (errors: readonly PayloadError[]) => {
    const onForm: string[] = [];
    const byField: Record<string, string[]> = {};
    for (const e of errors) {
      if (e.field && FORM_FIELDS.includes(e.field)) (byField[e.field] ??= []).push(explain(e));
      else onForm.push(explain(e));
    }
    form.setFields(Object.entries(byField).map(([name, texts]) => ({ name: name as keyof Values, errors: texts })));
    setFormErrors(onForm);
  };

  const submit = async (values: Values) => {
    setFormErrors([]);
    const day = (d: Dayjs | null | undefined) => (d ? d.format(DAY) : null);
    if (document) {
      setBusy(true);
      const result = await update({
        id: document.id,
        input: {
          docType: values.docType,
          number: values.number ?? '',
          issuedOn: day(values.issuedOn),
          expiresOn: day(values.expiresOn),
          note: values.note ?? '',
        },
      });
      setBusy(false);
      const errors = result.data?.customerDocumentUpdate.errors ?? [];
      if (result.error) setFormErrors([t('errors.network')]);
      else if (errors.length) showErrors(errors);
      else {
        message.success(t('documents.saved'));
        onSaved();
      }
      return;
    }
    if (!file) {
      form.setFields([{ name: 'file' as keyof Values, errors: [t('documents.fileRequired')] }]);
      return;
    }
    const body = new FormData();
    body.set('file', file, file.name);
    body.set('docType', values.docType.toLowerCase());
    for (const [name, value] of [
      ['number', values.number ?? ''],
      ['issuedOn', day(values.issuedOn) ?? ''],
      ['expiresOn', day(values.expiresOn) ?? ''],
      ['note', values.note ?? ''],
    ] as const) {
      if (value) body.set(name, value);
    }
    setBusy(true);
    try {
      const response = await fetchAuthenticated(`/documents/customers/${customerId}`, organization.id, { method: 'POST', body });
      if (response.ok) {
        message.success(t('documents.uploaded'));
        onSaved();
        return;
      }
      const answer = (await response.json().catch(() => null)) as { errors?: PayloadError[] } | null;
      showErrors(answer?.errors?.length ? answer.errors : [{ code: `HTTP_${response.status}`, message: t('documents.uploadFailed') }]);
    } catch {
      setFormErrors([t('documents.uploadFailed')]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={document ? t('documents.editTitle') : t('documents.uploadTitle')}
      okText={document ? t('common.save') : t('documents.upload')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formErrors.length > 0 && <Alert type="error" showIcon className="form-alert" message={formErrors.join(' ')} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={
          document
            ? {
                docType: document.docType,
                number: document.number,
                issuedOn: document.issuedOn ? dayjs(document.issuedOn) : null,
                expiresOn: document.expiresOn ? dayjs(document.expiresOn) : null,
                note: document.note,
              }
            : { docType: undefined }
        }
      >
        {!document && (
          <Form.Item name="file" label={t('documents.file')} required>
            <Upload.Dragger
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                form.setFields([{ name: 'file' as keyof Values, errors: [] }]);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
              data-testid="document-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('documents.drop')}</p>
              <p className="ant-upload-hint">{t('documents.dropHint', { megabytes })}</p>
            </Upload.Dragger>
          </Form.Item>
        )}
        <Form.Item name="docType" label={t('documents.type')} rules={[{ required: true, message: t('documents.typeRequired') }]}>
          <Select
            data-testid="document-type"
            options={DOCUMENT_TYPES.map((value) => ({ value, label: t(`documents.types.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="number" label={t('documents.number')}>
          <Input maxLength={64} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="issuedOn" label={t('documents.issuedOn')}>
            <DatePicker data-testid="document-issued" />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('documents.expiresOn')}>
            <DatePicker data-testid="document-expires" />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('documents.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
