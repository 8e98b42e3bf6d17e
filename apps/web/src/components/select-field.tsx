import { Select } from 'design-react-kit';
import type { ReactElement } from 'react';
import { it } from '../i18n/it';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
  /** First, empty-valued option ("Tutti", "Scegli…"). */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
}

/** A labelled Bootstrap Italia select; its hint and error are tied to it with aria-describedby. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required,
  optional,
  disabled,
}: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const children: ReactElement<'option'>[] = [
    ...(placeholder !== undefined
      ? [
          <option key="" value="">
            {placeholder}
          </option>,
        ]
      : []),
    ...options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    )),
  ];
  return (
    <div className="mb-5">
      <Select
        id={id}
        label={optional ? `${label} ${it.common.optional}` : label}
        value={value}
        onChange={onChange}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={error ? 'is-invalid' : undefined}
      >
        {children}
      </Select>
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
