import { expect, test, type Browser, type Page } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { LibraryPage } from './pages/library-page';
import { SignInPage } from './pages/sign-in-page';
import { SiteHeader } from './pages/site-header';
import { DEMO } from './helpers';

async function signedIn(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(login, DEMO.password);
  await expect(page).toHaveURL(/\/library$/);
  return page;
}

test('the library is rendered once for everyone: nobody\'s name in its HTML, each reader\'s own header', async ({ browser }) => {
  const teacher = await signedIn(browser, DEMO.teacher);
  const student = await signedIn(browser, DEMO.students[0]);

  // The header is filled in after load, for whoever is signed in.
  const teacherName = (await teacher.getByTestId('signed-in-as').innerText()).trim();
  const studentName = (await student.getByTestId('signed-in-as').innerText()).trim();
  expect(teacherName).not.toBe(studentName);
  await expect(new SiteHeader(student).shows(studentName)).toBeVisible();
  await expect(new LibraryPage(student).heading).toBeVisible();
  expect(await new LibraryPage(student).entries.count()).toBeGreaterThan(0);

  // The teacher's page is served first, then the student's: the same cached HTML, naming neither of them.
  const forTeacher = await teacher.request.get('/library');
  const forStudent = await student.request.get('/library');
  const [teacherHtml, studentHtml] = [await forTeacher.text(), await forStudent.text()];
  expect(forStudent.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  for (const html of [teacherHtml, studentHtml]) {
    expect(html).toContain('Article library');
    expect(html).not.toContain(teacherName);
    expect(html).not.toContain(studentName);
  }
  expect(studentHtml).toBe(teacherHtml);

  // No nonce can be stamped on cached HTML: its inline scripts are allowed by hash, and only they.
  const policy = forStudent.headers()['content-security-policy']!;
  const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src '))!;
  expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(forStudent.headers()['cache-control']).toBe('private, no-cache');

  // A revisit asks whether the stored page is still current (If-None-Match). The 304 carries no policy: a
  // browser takes a 304's headers over the stored page's, and a policy without the hashes blocked its scripts.
  const revisit = await student.request.get('/library', { headers: { 'If-None-Match': forStudent.headers().etag ?? 'none' } });
  expect(revisit.status()).toBe(304);
  expect(revisit.headers()['content-security-policy']).toBeUndefined();
  await student.reload();
  await expect(new SiteHeader(student).shows(studentName)).toBeVisible();

  // Its one rendering sits behind a rewrite; made-up names under it are not rendered (nor cached) one by one.
  for (const path of ['/library/everyone', '/library/made-up-name']) expect((await student.request.get(path)).status(), path).toBe(404);
});

test('a folder article is rendered once for everyone: the same HTML naming nobody, its text sent once, each reader\'s own buttons', async ({ browser }) => {
  const teacher = await signedIn(browser, DEMO.teacher);
  const student = await signedIn(browser, DEMO.students[0]);
  const teacherName = (await teacher.getByTestId('signed-in-as').innerText()).trim();
  const studentName = (await student.getByTestId('signed-in-as').innerText()).trim();

  // A client-side visit from the library: the text is fetched with the page, since the payload lacks it.
  const library = new LibraryPage(student);
  const [title] = await library.titles();
  await library.open(title!);
  await expect(student).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  const article = new ArticlePage(student);
  await expect(article.heading).toHaveText(title!);
  await expect(article.markedWords.first()).toBeVisible();
  await expect(student.getByTestId('study-actions').getByRole('button', { name: 'Quiz me on this' })).toBeVisible();
  await expect(new SiteHeader(student).shows(studentName)).toBeVisible();
  const path = new URL(student.url()).pathname;

  await teacher.goto(path);
  await expect(teacher.getByRole('link', { name: 'Review the questions generated from this article' })).toBeVisible();
  await expect(teacher.getByTestId('study-actions')).toHaveCount(0);
  await expect(new ArticlePage(teacher).markedWords.first()).toBeVisible();

  const forTeacher = await teacher.request.get(path);
  const forStudent = await student.request.get(path);
  const [teacherHtml, studentHtml] = [await forTeacher.text(), await forStudent.text()];
  expect(forStudent.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  for (const html of [teacherHtml, studentHtml]) {
    expect(html).toContain('article-body');
    expect(html).not.toContain(teacherName);
    expect(html).not.toContain(studentName);
  }
  expect(studentHtml).toBe(teacherHtml);
  const scripts = forStudent.headers()['content-security-policy']!.split('; ').find((directive) => directive.startsWith('script-src '))!;
  expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(forStudent.headers()['cache-control']).toBe('private, no-cache');

  // The article's words are sent as HTML, and not again in the React payload (the page's inline scripts); nor
  // are they on the page drawn per request for a cited sentence, which marks the sentence in that HTML.
  const words = await article.body.evaluate((body) => {
    // From the longest stretch of plain text: the prose, not the headline the body may repeat.
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let longest = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').length > longest.length) longest = node.textContent ?? '';
    return /[A-Za-z][A-Za-z ,]{38}[A-Za-z]/.exec(longest)?.[0] ?? null;
  });
  expect(words).not.toBeNull();
  const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join('\n');
  expect(studentHtml).toContain(words!);
  expect(inlineScripts(studentHtml)).not.toContain(words!);
  const perRequest = await (await student.request.get(`${path}?cite=0-1`)).text();
  expect(perRequest).toContain('id="cited"');
  expect(perRequest).toContain(words!);
  expect(inlineScripts(perRequest)).not.toContain(words!);

  // Its one rendering sits behind the proxy's rewrite and is not reachable by its own address, nor by a
  // browser marking its own request for it: a made-up name is drawn (and refused) per request, never cached.
  for (const hidden of [`${path}/everyone`, '/articles/made-up-name/everyone']) expect((await student.request.get(hidden)).status(), hidden).toBe(404);
  const forged = await student.request.get('/articles/made-up-name', { headers: { 'x-cited-shared-article': '1' } });
  expect(forged.status()).toBe(404);
  expect(forged.headers()['content-security-policy']).toContain("'nonce-");
  expect(forged.headers()['x-nextjs-cache']).toBeUndefined();
});

test('a signed-in reader gets their name and sections on the library after a client-side visit too', async ({ browser }) => {
  const student = await signedIn(browser, DEMO.students[1]);
  const name = (await student.getByTestId('signed-in-as').innerText()).trim();
  await student.getByRole('link', { name: 'Flashcards' }).first().click();
  await expect(student).toHaveURL(/\/flashcards/);
  await expect(new SiteHeader(student).shows(name)).toBeVisible();
  await student.getByRole('link', { name: 'Library' }).first().click();
  await expect(student).toHaveURL(/\/library$/);
  await expect(new SiteHeader(student).shows(name)).toBeVisible();
  await expect(new SiteHeader(student).signOutButton).toBeVisible();
});
