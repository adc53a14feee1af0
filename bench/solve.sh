#!/usr/bin/env bash
# Times whole `solidarity solve` runs on the benchmark instances: each case RUNS times (default 5)
# after one warm-up run, printing the median, minimum and maximum wall-clock seconds. Whole
# commands, JVM start-up included, as a user experiences them. Usage: bench/solve.sh [CASE...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
./solidarity --version >/dev/null   # build the jar first, outside the timings

declare -A cases=(
  [units-region]="instances/region-20.json --mode units --scope region"
  [units-province]="instances/region-20.json --mode units --scope province"
  [units-national]="instances/region-20.json --mode units --scope national"
  [projects-national]="instances/region-20.json --mode projects --scope national --seconds 30"
  [national-province]="instances/national.json --mode units --scope province"
  [national-national]="instances/national.json --mode units --scope national"
  [small-projects]="instances/small.json --mode projects"
  # Ten times the national instance (generated below, not run unless named; about 8 minutes a run).
  [national-10x-province]="/tmp/solidarity-bench-10x.json --mode units --scope province --seconds 1800"
)
selected=("$@")
if [[ " $* " == *" national-10x-province "* ]]; then
  ./solidarity generate --preset national --corporations 2790 --regions 350 --seed 11 --out /tmp/solidarity-bench-10x.json >/dev/null
fi
[ ${#selected[@]} -gt 0 ] || selected=(units-region units-province units-national projects-national small-projects national-province national-national)

printf '%-20s %8s %8s %8s  %s\n' case median min max status
for name in "${selected[@]}"; do
  args=${cases[$name]:?unknown case $name}
  # shellcheck disable=SC2086
  ./solidarity solve $args --quiet >/dev/null
  times=()
  status=""
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    ./solidarity solve $args --quiet --out /tmp/solidarity-bench-result.json >/dev/null
    end=$(date +%s%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')")
    status=$(sed -n 's/.*"status" : "\([A-Z]*\)".*/\1/p' /tmp/solidarity-bench-result.json | head -1)
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v status="$status" '
    { t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "%-20s %8.2f %8.2f %8.2f  %s\n", name, m, t[1], t[NR], status }'
done
rm -f /tmp/solidarity-bench-result.json
