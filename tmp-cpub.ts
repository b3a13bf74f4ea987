import { extractLibrary } from '@/lib/extract';
import { repeatedLibrary, LIBRARIES } from '@/lib/cli/bench-generate';
import { readCuratedPeople } from '@/lib/cli/read-article-files';
import { generateBank } from '@/lib/generate';
import { performance } from 'node:perf_hooks';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
for (const name of ['project', 'mixed'] as const) {
  const articles = repeatedLibrary(LIBRARIES[name]);
  const facts = extractLibrary(articles, { curated: readCuratedPeople() });
  const c: number[] = []; const w: number[] = [];
  let n = 0;
  for (let i = 0; i < 3; i++) { const s = cpu(); const t = performance.now(); n = generateBank(facts, articles).questions.length; c.push(cpu() - s); w.push((performance.now() - t) / 1000); }
  c.sort(); w.sort();
  console.log(JSON.stringify({ name, cpuMedian: +c[1]!.toFixed(2), wallMedian: +w[1]!.toFixed(2), questions: n }));
}
