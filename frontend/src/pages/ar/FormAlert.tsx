import { Alert } from 'antd';

/** Errors that belong to no field, above the form. */
export function FormAlert({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return <Alert type="error" showIcon role="alert" title={errors.join(' ')} className="form-alert" />;
}
