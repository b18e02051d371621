import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface EntryDetails {
  changes: unknown;
  requestId?: string | null;
  actorApiKeyId?: string | null;
}

interface FieldChange {
  from?: unknown;
  to?: unknown;
}

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** An entry's field changes (from → to), what else it recorded, and its request id. */
export function AuditChanges({ entry }: { entry: EntryDetails }) {
  const { t } = useTranslation();
  const changes = (entry.changes ?? {}) as { fields?: Record<string, FieldChange>; extra?: Record<string, unknown> };
  const fields = Object.entries(changes.fields ?? {});
  const extra = Object.entries(changes.extra ?? {});
  return (
    <div className="audit-changes">
      {fields.length > 0 ? (
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={fields.map(([field, change]) => ({ field, from: show(change.from), to: show(change.to) }))}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', render: (f: string) => <span className="code-text">{f}</span> },
            { title: t('audit.from'), dataIndex: 'from' },
            { title: t('audit.to'), dataIndex: 'to' },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
      )}
      <Descriptions
        size="small"
        column={1}
        className="audit-changes-meta"
        items={[
          ...extra.map(([key, value]) => ({ key, label: key, children: show(value) })),
          ...(entry.requestId
            ? [{ key: 'requestId', label: t('audit.requestId'), children: <span className="code-text">{entry.requestId}</span> }]
            : []),
        ]}
      />
    </div>
  );
}
