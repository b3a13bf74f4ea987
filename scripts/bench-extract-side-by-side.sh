#!/usr/bin/env bash
# Side-by-side extraction bench: runs `npm run bench -- --only=extract` in two checkouts, alternating,
# and prints each run and the medians (wall seconds and CPU seconds) with the load average around each run.
# On a shared machine only figures measured alternately in the same session compare.
#
#   bash scripts/bench-extract-side-by-side.sh A_DIR B_DIR [ROUNDS=4]
set -euo pipefail
a=${1:?checkout A}; b=${2:?checkout B}; rounds=${3:-4}
declare -A wall cpu
run() { # $1 label, $2 dir: prints "label seconds cpu load"
  local line load
  load=$(cut -d' ' -f1 /proc/loadavg)
  line=$(cd "$2" && npm run --silent bench -- --only=extract 2>/dev/null | grep -m1 'extract 1000 articles')
  # | extract 1000 articles (median) | 1.884 | 531 articles/s, 1.856 CPU s | …
  local s c
  s=$(echo "$line" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  c=$(echo "$line" | sed -E 's/.*, ([0-9.]+) CPU s.*/\1/')
  echo "$1 $s $c $load $(cut -d' ' -f1 /proc/loadavg)"
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
out=$(mktemp)
echo "label wall_s cpu_s load_before load_after"
for ((r = 1; r <= rounds; r++)); do
  run A "$a" | tee -a "$out"
  run B "$b" | tee -a "$out"
done
for l in A B; do
  echo "$l median wall $(awk -v l=$l '$1==l {print $2}' "$out" | median) s, CPU $(awk -v l=$l '$1==l {print $3}' "$out" | median) s, load $(awk -v l=$l '$1==l {print $4}' "$out" | sort -g | sed -n '1p;$p' | paste -sd-)"
done
rm -f "$out"
