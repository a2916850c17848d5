'use client';

import { useId, useState, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  counter?: { length: number; max: number };
  children: ReactNode;
}

/** Label, control, hint and an error region that screen readers hear (aria-live) and link to. */
function FieldShell({ id, label, hint, errors, counter, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {counter && (
          <span id={`${id}-counter`} className={`text-xs ${counter.length > counter.max ? 'text-rose-600' : 'text-slate-500'}`}>
            {counter.length} / {counter.max}
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-rose-700">
        {errors?.join(' ')}
      </p>
    </div>
  );
}

function describedBy(id: string, hint: unknown, counter: boolean) {
  return [`${id}-error`, hint ? `${id}-hint` : null, counter ? `${id}-counter` : null].filter(Boolean).join(' ');
}

const CONTROL =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-indigo-500 aria-[invalid=true]:border-rose-500';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { label: string; hint?: ReactNode; errors?: string[] };

export function TextField({ label, hint, errors, className = '', ...props }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, false)}
        className={`${CONTROL} ${className}`}
        {...props}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  hint?: ReactNode;
  errors?: string[];
  /** Shows a live "n / max" counter; the limit itself is the schema's, not the browser's. */
  counterMax?: number;
  below?: ReactNode;
};

export function TextAreaField({ label, hint, errors, counterMax, below, className = '', onChange, ...props }: TextAreaFieldProps) {
  const id = useId();
  const [length, setLength] = useState(String(props.defaultValue ?? props.value ?? '').length);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} counter={counterMax ? { length, max: counterMax } : undefined}>
      <textarea
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, Boolean(counterMax))}
        className={`${CONTROL} ${className}`}
        onChange={(event) => {
          setLength(event.target.value.length);
          onChange?.(event);
        }}
        {...props}
      />
      {below}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
};

export function SelectField({ label, hint, errors, className = '', children, ...props }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, false)}
        className={`${CONTROL} ${className}`}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}
