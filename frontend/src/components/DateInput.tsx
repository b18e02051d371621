import { DatePicker } from 'antd';
import type { ComponentProps } from 'react';

/**
 * A date picker in a form whose Enter submits (ImplicitSubmit): Enter confirms the typed date and
 * does not send the form as well.
 */
export function DateInput({ onKeyDown, ...props }: ComponentProps<typeof DatePicker>) {
  return (
    <DatePicker
      {...props}
      onKeyDown={(event, preventDefault) => {
        if (event.key === 'Enter') event.preventDefault();
        onKeyDown?.(event, preventDefault);
      }}
    />
  );
}
