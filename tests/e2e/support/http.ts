import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from '@playwright/test';
import type { ServerAction } from './next-build';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** A cookie-keeping HTTP client, like a browser that is not one. */
export function newClient(playwright: PlaywrightWorkerArgs['playwright'], extraHTTPHeaders: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders, maxRedirects: 0 });
}

/**
 * Calls a form action the way React does from the browser (`useActionState(action)` with a form): a
 * multipart body whose part "0" lists the arguments and whose form fields carry the prefix "_1_".
 */
export function callAction(
  client: APIRequestContext,
  action: ServerAction,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append('0', '[null,"$K1"]');
  return client.post(action.path, {
    headers: { 'Next-Action': action.id, Origin: BASE_URL, Accept: 'text/x-component', ...headers },
    multipart: form,
    failOnStatusCode: false,
  });
}

/** What a response must never show: a stack trace or a server file path. */
export const STACK_TRACE = /\n\s+at [^\n]+[:(]\d+:\d+|\.next\/server|node_modules\/|webpack-internal|\[root-of-the-server\]/;

/** The session cookie the client holds, if any. */
export async function sessionCookie(client: APIRequestContext): Promise<string | undefined> {
  const state = await client.storageState();
  return state.cookies.find((c) => c.name.endsWith('authjs.session-token'))?.value;
}
