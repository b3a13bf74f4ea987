/**
 * The hidden field that carries a form's one-time key (components/form-key.tsx writes it, authedAction
 * reads it). Its own module, with no directive, so server and client code share the one name.
 */
export const FORM_KEY_FIELD = 'formKey';

/** Form fields that are never echoed back into a form: secrets, the key, Next's own action fields. */
function isEchoable(name: string): boolean {
  return name !== FORM_KEY_FIELD && !/password|^\$ACTION/i.test(name);
}

/** The text fields of a form, minus anything secret, to refill it after a failed submit. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string' && isEchoable(name)) values[name] = value;
  }
  return values;
}
