/** A page's search params as plain strings (the first of repeated ones), for schemas and links. */
export function plainParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first !== '') out[key] = first;
  }
  return out;
}

/** The filters worth keeping in a link (page numbers and one-off notices dropped). */
export function filterQuery(params: Record<string, string>, keys = ['article', 'kind', 'person', 'status', 'flagged']): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => keys.includes(k)));
}
