import { Input } from 'design-react-kit';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { it } from '../i18n/it';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'id' | 'size'>;

interface TextFieldProps extends NativeProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'textarea' | 'date' | 'time' | 'url';
  /** Help shown under the field and linked with aria-describedby. */
  hint?: ReactNode;
  /** The problem with this field (from the API or from the form), shown under it. */
  error?: string;
  /** Marks the label with "(facoltativo)". */
  optional?: boolean;
}

/**
 * A labelled Bootstrap Italia text field (.form-group). The label always sits above the field, and both the hint
 * and the error are tied to the field with aria-describedby, so screen readers read them too.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  optional,
  className,
  'aria-describedby': describedByOthers,
  ...rest
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [describedByOthers, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
        {optional && <span className="fw-normal"> {it.common.optional}</span>}
      </label>
      <Input
        noWrapper
        id={id}
        type={type}
        tag={type === 'textarea' ? 'textarea' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        valid={error ? false : undefined}
        aria-invalid={error ? true : undefined}
        className={[type === 'textarea' ? 'text-field-textarea' : '', className].filter(Boolean).join(' ') || undefined}
        {...rest}
        aria-describedby={describedBy}
      />
      {hint && (
        <small id={hintId} className="form-text d-block">
          {hint}
        </small>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </div>
  );
}
