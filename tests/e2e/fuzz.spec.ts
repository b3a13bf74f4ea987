import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import * as authSchemas from '@/lib/validation/auth';
import * as invitationSchemas from '@/lib/validation/invitations';
import { uniqueLogin } from './helpers';
import { BASE_URL, callAction, newClient, STACK_TRACE } from './support/http';
import { appRoutes, routePath, serverActions, type ServerAction } from './support/next-build';
import { newTeacher } from './support/teachers';

// Thousands of malformed requests to every server action, route handler and page of the production build
// (the ones added after this file included: they come from Next's manifests). None may answer 5xx or show
// a stack trace. Field names come from the zod schemas; every text value carries a control character, so
// that every schema refuses it and no sign-in attempt is recorded against this machine's address.

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 250);

function schemaFieldNames(): string[] {
  const names = new Set(['login', 'password', 'classCode', 'code', 'name', 'displayName', 'role', 'callbackUrl', 'email', 'note', 'id', 'isOpen', 'current', 'next']);
  for (const mod of [authSchemas, invitationSchemas])
    for (const value of Object.values(mod)) if (value instanceof z.ZodObject) for (const key of Object.keys(value.shape)) names.add(key);
  return [...names];
}

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u202e', '\u2066');
const NASTY = fc.constantFrom("' or 1=1 --", '$K1', '$@1', '$$', '<script>alert(1)</script>', '../../etc/passwd', '\uD800', '𝔘𝔫𝔦', '', ' ', '%00', '{}', '[]', 'null', '-1', '1e309');

/** A value every text schema refuses: something odd, with a control character somewhere in it. */
const malformedText = fc
  .tuple(fc.oneof(NASTY, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 1000, max: 300_000 }).map((n) => 'x'.repeat(n))), CONTROL, fc.nat())
  .map(([text, control, at]) => {
    const i = text.length ? at % text.length : 0;
    return `${text.slice(0, i)}${control}${text.slice(i)}`;
  });

const fieldName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schemaFieldNames()) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) });
const fields = fc.dictionary(fieldName, malformedText, { maxKeys: 6 });
// Argument lists React could send, most of them wrong for a form action.
const root = fc.constantFrom('[null,"$K1"]', '["$K1"]', '[]', '[null]', '[null,"$K1","$K1"]', '["$$x"]', '[1,2,3]', '[{"ok":false},"$K1"]', '["$undefined","$K1"]');

type Payload =
  | { kind: 'form'; root: string; fields: Record<string, string> }
  | { kind: 'text'; body: string }
  | { kind: 'bytes'; contentType: string; body: Buffer };

const payload: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('form' as const), root, fields }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), body: fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 200 })) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bytes' as const),
      contentType: fc.constantFrom('multipart/form-data; boundary=x', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json', 'text/plain', 'application/octet-stream'),
      body: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
    }),
  },
);

async function send(client: APIRequestContext, action: ServerAction, p: Payload) {
  if (p.kind === 'form') {
    const form = new FormData();
    for (const [name, value] of Object.entries(p.fields)) form.append(`_1_${name}`, value);
    form.append('0', p.root);
    return client.post(action.path, { headers: { 'Next-Action': action.id, Origin: BASE_URL, Accept: 'text/x-component' }, multipart: form, failOnStatusCode: false });
  }
  const contentType = p.kind === 'text' ? 'text/plain;charset=UTF-8' : p.contentType;
  return client.post(action.path, { headers: { 'Next-Action': action.id, Origin: BASE_URL, 'Content-Type': contentType }, data: p.body, failOnStatusCode: false });
}

async function expectCalmAnswer(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  const body = await response.text();
  expect(response.status(), `${what} → ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(STACK_TRACE);
}

test.describe('malformed requests', () => {
  test.setTimeout(20 * 60_000);

  test('every server action answers 4xx or a message, signed in or not', async ({ browser, playwright }) => {
    const anonymous = await newClient(playwright);
    const student = await newClient(playwright);
    await callAction(student, serverActions().find((a) => a.name === 'signUpAction')!, { role: 'student', displayName: 'Fuzz', login: uniqueLogin('fuzz'), password: 'a long enough passphrase', classCode: '' });
    const { page } = await newTeacher(browser, 'Fuzzing Teacher');
    const teacherCookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const asTeacher = await newClient(playwright, { Cookie: teacherCookies });
    const clients = [anonymous, student, asTeacher];

    let sent = 0;
    for (const action of serverActions()) {
      await fc.assert(
        fc.asyncProperty(payload, fc.nat(2), async (p, who) => {
          sent++;
          await expectCalmAnswer(await send(clients[who]!, action, p), `${action.name} (${action.file}) with ${JSON.stringify(p).slice(0, 200)}`);
        }),
        { numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
    }
    console.log(`fuzz: ${sent} malformed requests to ${serverActions().length} server actions, none answered 5xx`);
    expect(sent).toBeGreaterThanOrEqual(RUNS_PER_ACTION * serverActions().length);
  });

  test('every route handler and page answers malformed paths, queries and bodies without a 5xx', async ({ playwright }) => {
    const client = await newClient(playwright);
    const { pages, handlers } = appRoutes();
    const segment = fc.oneof(fc.string({ maxLength: 40 }), malformedText.map((t) => t.slice(0, 200)), fc.constantFrom('00000000-0000-0000-0000-000000000000', '%E0%A4%A', '..', '%2e%2e', '%00'));
    const query = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.oneof(fc.string({ maxLength: 40 }), malformedText.map((t) => t.slice(0, 100))), { maxKeys: 3 });
    // Some segments go raw (broken escapes, dot segments); the rest encoded, lone surrogates dropped first.
    const encode = (s: string) => (/%[0-9A-F]{0,2}$|^\.\.$|^%2e/i.test(s) ? s : encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '')));
    let sent = 0;
    const targets = [...pages, ...handlers];
    for (const route of targets) {
      const isHandler = route.endsWith('/route');
      await fc.assert(
        fc.asyncProperty(segment, query, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), fc.oneof(malformedText, fc.json({ maxDepth: 2 })), async (seg, q, method, body) => {
          const path = routePath(route, encode(seg)) + (isHandler && seg.length % 3 === 0 ? `/${encode(seg)}` : '');
          const search = new URLSearchParams(Object.entries(q).map(([k, v]) => [k.replace(/[\uD800-\uDFFF]/g, ''), v.replace(/[\uD800-\uDFFF]/g, '')])).toString();
          const url = `${path}${search ? `?${search}` : ''}`;
          const response = isHandler
            ? await client.fetch(url, { method, headers: { Origin: BASE_URL, 'Content-Type': seg.length % 2 ? 'application/json' : 'application/x-www-form-urlencoded' }, data: method === 'GET' ? undefined : body, failOnStatusCode: false })
            : await client.get(url, { failOnStatusCode: false });
          sent++;
          await expectCalmAnswer(response, `${method} ${url}`);
        }),
        { numRuns: isHandler ? RUNS_PER_ACTION * 2 : Math.ceil(RUNS_PER_ACTION / 2), endOnFailure: true },
      );
    }
    console.log(`fuzz: ${sent} malformed requests to ${pages.length} pages and ${handlers.length} route handlers, none answered 5xx`);
  });
});
