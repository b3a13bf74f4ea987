#!/usr/bin/env bash
# Side-by-side generation bench: in two checkouts, alternating, extracts the bench's 1,000-article library once and
# times `generateBank` on it (the step `npm run bench` reports), printing each run's median wall and CPU seconds
# with the load average, then the medians of all runs per checkout. On a shared machine only figures measured
# alternately in the same session compare.
#
#   bash scripts/bench-generate-side-by-side.sh A_DIR B_DIR [ROUNDS=3] [LIBRARY=project|mixed] [RUNS_PER_ROUND=2]
set -euo pipefail
a=${1:?checkout A}; b=${2:?checkout B}; rounds=${3:-3}; library=${4:-project}; runs=${5:-2}
runner=$(mktemp --suffix=.mts)
out=$(mktemp)
trap 'rm -f "$runner" "$out"' EXIT
cat >"$runner" <<'TS'
// Imported from the checkout in the working directory, so each tree times its own code.
const { LIBRARIES, repeatedLibrary } = await import(`${process.cwd()}/lib/cli/bench-generate.ts`);
const { extractLibrary } = await import(`${process.cwd()}/lib/extract/index.ts`);
const { generateBank } = await import(`${process.cwd()}/lib/generate/index.ts`);
const { readCuratedPeople } = await import(`${process.cwd()}/lib/cli/read-article-files.ts`);
const articles = repeatedLibrary(LIBRARIES[process.env.LIBRARY ?? 'project']);
const facts = extractLibrary(articles, { curated: readCuratedPeople() });
const wall = [], cpu = [];
let questions = 0;
for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  questions = generateBank(facts, articles).questions.length;
  const c = process.cpuUsage(c0);
  wall.push((performance.now() - t0) / 1000);
  cpu.push((c.user + c.system) / 1e6);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`${median(wall).toFixed(3)} ${median(cpu).toFixed(3)} ${questions}`);
TS
run() { # $1 label, $2 dir: prints "label wall cpu questions load_before load_after"
  local load line
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(cd "$2" && LIBRARY=$library RUNS=$runs npx tsx "$runner" | tail -1)
  echo "$1 $line $load $(cut -d' ' -f1 /proc/loadavg)"
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "label wall_s cpu_s questions load_before load_after ($library library, $runs runs per round)"
for ((r = 1; r <= rounds; r++)); do
  run A "$a" | tee -a "$out"
  run B "$b" | tee -a "$out"
done
for l in A B; do
  echo "$l median wall $(awk -v l=$l '$1==l {print $2}' "$out" | median) s, CPU $(awk -v l=$l '$1==l {print $3}' "$out" | median) s, load $(awk -v l=$l '$1==l {print $5}' "$out" | sort -g | sed -n '1p;$p' | paste -sd-)"
done
