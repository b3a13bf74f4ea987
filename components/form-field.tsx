type FormFieldProps = {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
};

/** A labelled input with its hint and errors tied to it for screen readers. */
export function FormField({ label, name, type = 'text', autoComplete, required, hint, errors, defaultValue }: FormFieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-errors` : null].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-stone-600 focus:outline-none"
      />
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-errors`} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
