'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

const STYLES = {
  primary: 'bg-stone-900 text-white hover:bg-stone-700',
  secondary: 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50',
} as const;

type Props = { children: ReactNode; variant?: keyof typeof STYLES; name?: string; value?: string; className?: string };

/** A form's submit button, at least 44 px tall, disabled while its form is on its way. */
export function SubmitButton({ children, variant = 'primary', name, value, className = '' }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900 disabled:opacity-60 ${STYLES[variant]} ${className}`}
    >
      {children}
    </button>
  );
}
