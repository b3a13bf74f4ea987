import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, checkActionRequest, isWellFormedActionBody } from '@/lib/http/action-guard';

const sameSite = { origin: 'https://cited.app', host: 'cited.app', secFetchSite: 'same-origin', contentLength: '120', transferEncoding: null };

describe('checkActionRequest', () => {
  it('lets a same-origin action of ordinary size through', () => {
    expect(checkActionRequest(sameSite)).toBeNull();
    expect(checkActionRequest({ ...sameSite, secFetchSite: null })).toBeNull();
  });

  it('answers 403 without Origin, with another or an unreadable Origin, or when the browser says cross-site', () => {
    for (const request of [
      { ...sameSite, origin: null },
      { ...sameSite, origin: 'https://evil.example' },
      { ...sameSite, origin: 'https://cited.app:8443' },
      { ...sameSite, origin: 'null' },
      { ...sameSite, origin: 'not a url' },
      { ...sameSite, origin: 'file://cited.app' },
      { ...sameSite, secFetchSite: 'cross-site' },
      { ...sameSite, host: null },
    ])
      expect(checkActionRequest(request)?.status).toBe(403);
  });

  it('answers 413 above the limit, 411 for an unmeasured body, 400 for a malformed length', () => {
    expect(checkActionRequest({ ...sameSite, contentLength: String(ACTION_BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
    expect(checkActionRequest({ ...sameSite, contentLength: String(ACTION_BODY_LIMIT_BYTES) })).toBeNull();
    expect(checkActionRequest({ ...sameSite, contentLength: null, transferEncoding: 'chunked' })?.status).toBe(411);
    expect(checkActionRequest({ ...sameSite, contentLength: '12abc' })?.status).toBe(400);
  });
});

describe('isWellFormedActionBody', () => {
  it('accepts what React sends: JSON arguments, or form data whose references point at parts that exist', () => {
    expect(isWellFormedActionBody({ text: '[]' })).toBe(true);
    expect(isWellFormedActionBody({ text: '[{"ok":false,"values":{"login":"$$ana"}},"$undefined","$D2026-01-01T00:00:00.000Z"]' })).toBe(true);
    expect(isWellFormedActionBody({ parts: new Map([['_1_login', 'ana'], ['0', '[null,"$K1"]']]) })).toBe(true);
    // A form with no fields (the Sign out button) is an empty FormData.
    expect(isWellFormedActionBody({ parts: new Map([['0', '["$K1"]']]) })).toBe(true);
    expect(isWellFormedActionBody({ parts: new Map([['1', '{"a":1}'], ['0', '["$@1"]']]) })).toBe(true);
    // A plain HTML form posted without JavaScript: Next decodes its $ACTION_ fields itself.
    expect(isWellFormedActionBody({ parts: new Map([['$ACTION_ID_abc', ''], ['login', 'ana']]) })).toBe(true);
  });

  it('refuses bodies React cannot decode', () => {
    for (const text of ['{{{not json', '', '"$K1"', '{"a":1}', 'null', '["$@7"]', '["$Zzz"]']) expect(isWellFormedActionBody({ text })).toBe(false);
    expect(isWellFormedActionBody({ parts: new Map([['0', '[null,"$@2"]'], ['_1_login', 'ana']]) })).toBe(false);
    expect(isWellFormedActionBody({ parts: new Map([['0', 'nope']]) })).toBe(false);
    const deep = '['.repeat(200) + ']'.repeat(200);
    expect(isWellFormedActionBody({ text: deep })).toBe(false);
  });
});
