import { Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useActionResult } from '../../api/useActionResult';
import { useFormErrors } from '../../api/useFormErrors';
import { DateInput } from '../../components/DateInput';
import { graphql } from '../../gql';
import { useArFormat } from '../ar/format';
import { FormModal } from './FormModal';

const DunningPause = graphql(`
  mutation DunningPause($customerId: ID!, $reason: String!, $until: Date) {
    dunningPause(customerId: $customerId, reason: $reason, until: $until) {
      pause {
        id
        until
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

const FIELDS = ['reason', 'until'] as const;

/** Take the customer out of dunning until a day (inclusive), or until resumed. */
export function PauseModal({ customerId, onClose, onSaved }: { customerId: string; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const fmt = useArFormat();
  const [form] = Form.useForm<{ reason?: string; until?: Dayjs | null }>();
  const { formErrors, show, clear } = useFormErrors(form, FIELDS);
  const [{ fetching }, pause] = useMutation(DunningPause);
  const done = useActionResult();

  const submit = async (values: { reason?: string; until?: Dayjs | null }) => {
    const until = values.until ? values.until.format('YYYY-MM-DD') : null;
    const result = await pause({ customerId, reason: values.reason ?? '', until });
    if (show(result.data?.dunningPause.errors, result.error)) return;
    clear();
    done(undefined, [], until ? t('collections.pause.pausedUntil', { day: fmt.day(until) }) : t('collections.pause.paused'));
    onSaved();
  };

  return (
    <FormModal
      form={form}
      name="dunning-pause"
      title={t('collections.pause.title')}
      okText={t('collections.pause.pause')}
      saving={fetching}
      errors={formErrors}
      implicitSubmit
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('collections.pause.reason')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="until" label={t('collections.pause.until')} extra={t('collections.pause.untilHelp')}>
        <DateInput className="full-width" />
      </Form.Item>
    </FormModal>
  );
}
