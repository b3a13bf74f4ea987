/**
 * The main thread's work while a signed-in page loads, measured by thread CPU time: Lighthouse's simulated
 * blocking time scales each observed task's wall time by 4, so on a shared machine a task that waited for
 * a core counts as blocking; the trace's thread time (`tdur`) barely moves with the load. Starts the
 * production build on a fresh PGlite folder (like `--only=lighthouse`), signs in `ana` and the demo
 * teacher, loads each page in a fresh mobile context and prints one SUMMARY line per load: the blocking
 * time estimated from CPU time at 4x (each task over 12.5 ms of CPU counts for 4 × its CPU time − 50 ms),
 * the long tasks' CPU ms, and the main thread's CPU until a few seconds after load.
 *
 *   BENCH_PORT=3462 npx tsx bench/trace-load.ts flashcards,article,library,quiz,progress,class 3
 *   VERBOSE=1 … also lists each task over MIN_MS (default 12) with what ran in it and its hottest functions.
 */
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './processes';

const port = Number(process.env.BENCH_PORT ?? 3474);
const base = `http://127.0.0.1:${port}`;
const pages = (process.argv[2] ?? 'flashcards').split(',');
const runs = Number(process.argv[3] ?? 2);
const throttle = Number(process.env.THROTTLE ?? 1);
const MIN = Number(process.env.MIN_MS ?? 12);

function moduleNamer(url: string) {
  const file = path.join('.next/static/chunks', url.replace(/^.*\/_next\/static\/chunks\//, '').replace(/\?.*$/, ''));
  let text = '';
  try { text = readFileSync(file, 'utf8'); } catch { return (_l: number, c: number) => `${url.slice(-30)}:${c}`; }
  const lines = text.split('\n');
  const starts: { line: number; col: number; name: string }[] = [];
  lines.forEach((ln, li) => {
    const re = /[,\[](\d{3,6}),(?:\(?[a-z,]{1,7}\)?)=>\{/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ln))) {
      const after = ln.slice(m.index, m.index + 3000);
      const exp = /e\.s\(\["([A-Za-z_$][\w$]*)"/.exec(after) ?? /\b[a-z]\.s\(\["([A-Za-z_$][\w$]*)"/.exec(after);
      starts.push({ line: li, col: m.index, name: `${m[1]}${exp ? ':' + exp[1] : ''}` });
    }
  });
  const short = file.split('/').pop()!.slice(0, 8);
  return (line: number, col: number) => {
    let best = null as null | { name: string };
    for (const s of starts) if (s.line < line || (s.line === line && s.col <= col)) best = s; else break;
    return `${short}[${best?.name ?? '?'}]`;
  };
}

async function main() {
  const dataDir = path.resolve('.data/bench/trace-load');
  rmSync(dataDir, { recursive: true, force: true }); rmSync(`${dataDir}.state.json`, { force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CITED_DATA_DIR: dataDir } as NodeJS.ProcessEnv;
  delete env.DATABASE_URL; delete env.POSTGRES_URL;
  const app = await startServer({ name: 'trace', command: process.execPath, args: ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], env, port, readyPath: '/signin', logDir: path.resolve('.data/bench/trace-load-logs'), timeoutMs: 300_000 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    await fetch(`${base}/signin`).then((r) => r.arrayBuffer());
    const sign = async (login: string) => {
      const ctx = await browser.newContext({ baseURL: base, viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const p = await ctx.newPage();
      await p.goto('/signin');
      await p.getByLabel('Email or username', { exact: true }).fill(login);
      await p.getByLabel('Password', { exact: true }).fill('cited-demo-2026');
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 120_000 });
      return { ctx, p };
    };
    const student = await sign('ana');
    await student.p.goto('/library');
    const article = await student.p.locator('a[href^="/articles/"]').first().getAttribute('href');
    await student.p.goto('/');
    const start = student.p.getByTestId('assignment').filter({ has: student.p.getByRole('heading', { name: 'Quiz: the Geneva talks' }) }).getByRole('button', { name: /Start quiz|Continue|Resume/ });
    let quiz = '/';
    if (await start.count()) { await start.first().click(); await student.p.waitForURL(/\/quiz\/[0-9a-f-]{36}$/); quiz = new URL(student.p.url()).pathname; }
    const sCookies = await student.ctx.cookies();
    await student.ctx.close();
    const teacher = await sign('teacher@cited.test');
    await teacher.p.goto('/classes');
    const klass = (await teacher.p.locator('a[href^="/classes/"]').first().getAttribute('href')) ?? '/classes';
    const tCookies = await teacher.ctx.cookies();
    await teacher.ctx.close();
    const paths: Record<string, [string, typeof sCookies]> = { home: ['/', sCookies], quiz: [quiz, sCookies], flashcards: ['/flashcards', sCookies], progress: ['/progress', sCookies], library: ['/library', sCookies], article: [article ?? '/library', sCookies], class: [klass, tCookies] };
    console.log(`LOAD before ${loadNow()}`);
    const measured = new Map<string, { cpuTbt: number; cpuAll: number }[]>();
    for (let run = 0; run < runs; run++) for (const name of pages) {
      const [p, cookies] = paths[name]!;
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      await ctx.addCookies(cookies);
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'toplevel', 'blink.user_timing'] });
      await page.goto(base + p, { waitUntil: 'load' });
      await page.waitForTimeout(4000);
      const buf = await browser.stopTracing();
      await ctx.close();
      const figures = report(name, run, JSON.parse(buf.toString()).traceEvents);
      if (figures) measured.set(name, [...(measured.get(name) ?? []), figures]);
    }
    for (const [name, list] of measured) console.log(`MEDIAN ${name} (${list.length} loads): cpu-TBT(4x) ${median(list.map((f) => f.cpuTbt)).toFixed(0)} main-thread cpu ${median(list.map((f) => f.cpuAll)).toFixed(0)} ms`);
    console.log(`LOAD after ${loadNow()}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

// Thread CPU barely moves with the load, wall time does: quote the load with every figure.
const loadNow = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type TraceData = {
  url?: string;
  functionName?: string;
  type?: string;
  documentLoaderURL?: string;
  startTime?: number;
  timeDeltas?: number[];
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: CallFrame }[]; samples?: number[] };
};
type Ev = { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: TraceData }; id?: string };
const namers = new Map<string, (l: number, c: number) => string>();
function nameOf(cf: CallFrame) {
  if (!cf.url) return cf.functionName || '(program)';
  if (!namers.has(cf.url)) namers.set(cf.url, moduleNamer(cf.url));
  const where = cf.url.includes('/_next/static/') ? namers.get(cf.url)!(cf.lineNumber, cf.columnNumber) : cf.url.replace(base, '').slice(0, 30);
  return `${cf.functionName || 'anon'}@${where}`;
}

function report(name: string, run: number, evs: Ev[]): { cpuTbt: number; cpuAll: number } | undefined {
  const mainThreads = evs.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer that navigated: its navigationStart names the page. Some loads record none with the URL
  // (one library load in three printed "no main thread"): then the renderer main thread with the most tasks.
  const navs = evs.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(base));
  const taskCount = (t: Ev) => evs.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  const busiest = () => mainThreads.map((t) => ({ t, n: taskCount(t) })).sort((a, b) => b.n - a.n)[0]?.t;
  const best: Ev | undefined = mainThreads.find((t) => navs.some((n) => n.pid === t.pid && n.tid === t.tid)) ?? busiest();
  if (!best) { console.log(name, 'no main thread'); return undefined; }
  const on = evs.filter((e) => e.pid === best!.pid && e.tid === best!.tid);
  const nav = on.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(base)) ?? on.find((e) => e.name === 'markAsMainFrame') ?? on[0];
  const t0 = nav!.ts;
  // samples
  const samples: { ts: number; stack: string[] }[] = [];
  const nodes = new Map<number, { parent?: number; name: string }>();
  let t = 0;
  for (const e of evs.filter((e) => e.pid === best!.pid && (e.name === 'Profile' || e.name === 'ProfileChunk')).sort((a, b) => a.ts - b.ts)) {
    if (e.name === 'Profile') { t = e.args?.data?.startTime ?? 0; continue; }
    const cp = e.args?.data?.cpuProfile; const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    for (const n of cp?.nodes ?? []) nodes.set(n.id, { parent: n.parent, name: nameOf(n.callFrame) });
    (cp?.samples ?? []).forEach((id: number, i: number) => { t += deltas[i] ?? 0; samples.push({ ts: t, stack: [String(id)] }); });
  }
  const all = on.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tops: Ev[] = []; let until = 0;
  for (const e of all) { if (e.ts < until) continue; tops.push(e); until = e.ts + e.dur!; }
  const tasks = tops.filter((e) => (e.dur ?? 0) >= MIN * 1000);
  let tbt = 0;
  const lines: string[] = [];
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = on.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task);
    const kinds = new Map<string, number>();
    for (const e of inside) {
      let k = '';
      if (e.name === 'EvaluateScript') k = `eval ${String(e.args?.data?.url ?? '').split('/').pop()}`;
      else if (e.name === 'FunctionCall') k = `call ${e.args?.data?.functionName || ''}@${String(e.args?.data?.url ?? '').split('/').pop()}`;
      else if (['TimerFire', 'FireAnimationFrame', 'EventDispatch', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'RunMicrotasks', 'HandlePostMessage', 'FireIdleCallback', 'XHRReadyStateChange', 'v8.compile', 'v8.compileModule', 'MajorGC', 'MinorGC', 'Paint', 'PrePaint', 'ParseAuthorStyleSheet'].includes(e.name)) k = e.name + (e.name === 'EventDispatch' ? ' ' + e.args?.data?.type : '');
      if (k) kinds.set(k, (kinds.get(k) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const s of samples) if (s.ts >= task.ts && s.ts < end) {
      const id = Number(s.stack[0]);
      const leaf = nodes.get(id)?.name ?? '?';
      self.set(leaf, (self.get(leaf) ?? 0) + 1);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = nodes.get(n)?.parent) { const nm = nodes.get(n)?.name ?? '?'; if (nm.includes('@') && !seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + 1); } }
    }
    const d = task.dur! / 1000;
    const sim = d * 4;
    if (sim > 50) tbt += sim - 50;
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${typeof v === 'number' && v % 1 ? v.toFixed(1) : v}`).join('; ');
    lines.push(`  @${((task.ts - t0) / 1000).toFixed(0)}ms ${d.toFixed(1)}ms (cpu ${((task.tdur ?? task.dur!) / 1000).toFixed(1)}) | ${top(kinds, 5)}\n      self: ${top(self, 6)}\n      incl: ${top(new Map([...incl].filter(([k]) => !/react-dom|34rwstow|1415hscr|turbopack/.test(k) || true)), 10)}`);
  }
  let cpuTbt = 0; let cpuAll = 0; let n = 0; const big: string[] = [];
  for (const e of tops) { const c = (e.tdur ?? e.dur!) / 1000; cpuAll += c; if (c * 4 > 50) { cpuTbt += c * 4 - 50; n++; big.push(c.toFixed(0)); } }
  console.log(`SUMMARY ${name} run ${run}: cpu-TBT(4x) ${cpuTbt.toFixed(0)} long(cpu>12.5) ${n} [${big.join(',')}] main-thread cpu ${cpuAll.toFixed(0)} ms; wall-TBT ${tbt.toFixed(0)}`);
  if (process.env.VERBOSE) console.log(lines.join('\n'));
  return { cpuTbt, cpuAll };
}

main().catch((e) => { console.error(e); process.exit(1); });
