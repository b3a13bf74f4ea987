/** The largest server-action request accepted (Next's own default, `experimental.serverActions.bodySizeLimit`). */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export type GuardVerdict = { status: 400 | 403 | 411 | 413; message: string } | null;

/**
 * Whether a state-changing request to a page (a server action, fetched or posted by a plain form) may go
 * on to Next.js. Next.js answers a cross-origin or oversized action with a 500, and lets one without
 * Origin through with a warning; this answers 403 and 413 first, and refuses a missing Origin too, since
 * every browser that matters sends one on POST.
 *
 * @example
 * checkActionRequest({ origin: null, host: 'cited.app', secFetchSite: null, contentLength: '10', transferEncoding: null }) // { status: 403, … }
 * checkActionRequest({ origin: 'https://cited.app', host: 'cited.app', secFetchSite: 'same-origin', contentLength: '10', transferEncoding: null }) // null
 */
export function checkActionRequest(request: {
  origin: string | null;
  host: string | null;
  secFetchSite: string | null;
  contentLength: string | null;
  transferEncoding: string | null;
  limitBytes?: number;
}): GuardVerdict {
  const crossOrigin = { status: 403 as const, message: 'Cross-origin request refused.' };
  if (request.secFetchSite === 'cross-site') return crossOrigin;
  if (!request.origin || !request.host || originHost(request.origin) !== request.host.toLowerCase()) return crossOrigin;
  const limit = request.limitBytes ?? ACTION_BODY_LIMIT_BYTES;
  if (request.contentLength === null) {
    return request.transferEncoding ? { status: 411, message: 'Send the request with a Content-Length.' } : null;
  }
  const length = Number(request.contentLength);
  if (!/^\d{1,15}$/.test(request.contentLength.trim()) || !Number.isSafeInteger(length)) return { status: 400, message: 'Malformed Content-Length.' };
  return length > limit ? { status: 413, message: `This request is larger than the ${Math.round(limit / 1024)} KB allowed.` } : null;
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

// React's reply encoding: strings beginning with "$" are references. These carry no reference to another
// part of the request, so they cannot point at one that is missing.
const PLAIN_TOKEN = /^\$(?:\$|undefined|NaN|Infinity|-Infinity|-0|D[\dTZ:.+-]{0,40}|n-?\d{1,400})/;
const REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]{1,8})(?::|$)/;

/**
 * Whether a fetched server action's body is something React can decode: a JSON argument list (text bodies)
 * or form data whose root part is one, and whose references ("$K1", "$@2"…) name parts that are there. A malformed body
 * makes React's decoder throw, which Next.js reports as a 500; it is the client's mistake, so a 400.
 *
 * @example
 * isWellFormedActionBody({ text: '[null]' }) // true
 * isWellFormedActionBody({ text: '{{{' }) // false
 * isWellFormedActionBody({ parts: new Map([['0', '[null,"$K1"]'], ['_1_login', 'ana']]) }) // true
 */
export function isWellFormedActionBody(body: { text: string } | { parts: Map<string, string | null> }): boolean {
  if ('text' in body) return isWellFormedArguments(body.text, () => false);
  const root = body.parts.get('0');
  if (typeof root !== 'string') return hasNoReplyRoot(body.parts);
  // A FormData argument ("$K1") may be empty (a form with no fields); every other reference names a part.
  return isWellFormedArguments(root, (kind, id) => kind === 'K' || body.parts.has(String(parseInt(id, 16))));
}

// A plain form posted without JavaScript carries $ACTION_ fields and no reply root; Next parses the
// `$ACTION_1:0` parts (the action and its bound arguments) as JSON.
function hasNoReplyRoot(parts: Map<string, string | null>): boolean {
  for (const [key, value] of parts) {
    if (/^\d+$/.test(key)) return false;
    if (/^\$ACTION_\d+:\d+$/.test(key) && !isJson(value)) return false;
  }
  return true;
}

function isJson(value: string | null): boolean {
  if (value === null) return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

// The root is the action's argument list: Next applies it, so anything but an array is a 500 to come.
function isWellFormedArguments(text: string, hasPart: (kind: string, id: string) => boolean): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return Array.isArray(value) && isWellFormedValue(value, hasPart, 0);
}

function isWellFormedValue(value: unknown, hasPart: (kind: string, id: string) => boolean, depth: number): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') {
    if (!value.startsWith('$') || PLAIN_TOKEN.test(value)) return true;
    const ref = REFERENCE.exec(value);
    // Server references ($F, $h) and temporary ones ($T) are only made by React itself from parts: same rule.
    return ref !== null && hasPart(ref[1] ?? '', ref[2] as string);
  }
  if (Array.isArray(value)) return value.every((item) => isWellFormedValue(item, hasPart, depth + 1));
  if (value && typeof value === 'object') return Object.values(value).every((item) => isWellFormedValue(item, hasPart, depth + 1));
  return true;
}
