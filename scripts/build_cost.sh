#!/usr/bin/env bash
# What the generated models cost to compile: the wall time and peak memory of
# each compiler run (/usr/bin/time -f '%e %M'), and its CPU time (user + sys,
# which other jobs on a shared machine disturb less), with g++ and the flags of the
# gcc preset (-O2 -DNDEBUG -std=c++20, warnings as errors), for
#   (a) a program that includes one area header and decodes one type: nodes +
#       NodeInfo, faults + PartitionDataLossProgress, and examples/basic/main.cpp
#       as it is now and as it is at HEAD (the "today's one-type file" the
#       target is relative to, compiled against HEAD's include/);
#   (b) a file that includes sfmodels/models.hpp (every definition) and does nothing;
#   (c) the sfmodels CLI with every type: each translation unit of
#       sfmodels_type_table (one per area) and of the CLI, built with -j2, and the link.
# Prints Markdown tables and whether the targets hold: (a) within 1.5x of
# HEAD's examples/basic, (b) under 10 s.
#
#   scripts/build_cost.sh [--repeat N] [--skip-cli] [BUILD_DIR]
#
# BUILD_DIR (default build/cost) is configured from the gcc preset with only the
# examples; (c) cleans and rebuilds the CLI there, which takes several minutes.
# Single files are compiled N times (default 3), one at a time, and the run
# with the least wall time is reported (with its own CPU time and peak memory):
# other jobs on the machine only ever make a compile slower.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

repeat=3
skip_cli=0
build=build/cost
while (($#)); do
  case $1 in
    --repeat) repeat=$2; shift 2 ;;
    --skip-cli) skip_cli=1; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) build=$1; shift ;;
  esac
done

for tool in /usr/bin/time g++ cmake ninja git; do
  command -v "$tool" >/dev/null || { echo "build_cost: $tool is missing" >&2; exit 1; }
done

work=$build/build-cost
times=$work/tu-times.txt
mkdir -p "$work"

echo "configuring $build (gcc preset, examples only)" >&2
# The launchers append "<wall s> <peak KiB> <user s> <sys s> <command>" for every compile and link.
cmake --preset gcc -B "$build" \
  -DSFMODELS_BUILD_TESTS=OFF -DSFMODELS_BUILD_BENCHMARKS=OFF -DSFMODELS_BUILD_EXAMPLES=ON \
  -DSFMODELS_INSTALL=OFF \
  "-DCMAKE_CXX_COMPILER_LAUNCHER=/usr/bin/time;-a;-o;$root/$times;-f;%e %M %U %S %C" \
  "-DCMAKE_CXX_LINKER_LAUNCHER=/usr/bin/time;-a;-o;$root/$times;-f;%e %M %U %S %C" >/dev/null

# The compiler and flags CMake uses for a consumer of sfmodels (examples/basic),
# one per line, without -o and -c.
mapfile -t cxx < <(python3 - "$build/compile_commands.json" <<'EOF'
import json, shlex, sys
for entry in json.load(open(sys.argv[1])):
    if entry["file"].endswith("examples/basic/main.cpp"):
        args = shlex.split(entry["command"])
        if args[0] == "/usr/bin/time":           # drop the launcher
            args = args[args.index("-f") + 2:]
        out, i = [], 0
        while i < len(args):
            if args[i] in ("-o", "-c"):
                i += 2
                continue
            out.append(args[i])
            i += 1
        print("\n".join(out))
        break
else:
    sys.exit("no compile command for examples/basic/main.cpp")
EOF
)

# measure SOURCE INCLUDE_DIR: "<wall s> <peak KiB> <cpu s>" of the fastest of $repeat compiles.
measure() {
  local source=$1 include=$2 best= run flag flags=()
  for flag in "${cxx[@]}"; do
    [[ $flag == "-I$root/include" ]] && flag=-I$include
    flags+=("$flag")
  done
  for ((i = 0; i < repeat; ++i)); do
    run=$(/usr/bin/time -f '%e %M %U %S' -o /dev/stdout "${flags[@]}" -c "$source" -o "$work/single.o" |
      tail -n 1 | awk '{ printf "%s %s %.2f", $1, $2, $3 + $4 }')
    if [[ -z $best ]] || awk -v a="${run%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best=$run
    fi
  done
  echo "$best"
}

mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

one_type() {   # one_type AREA TYPE: a file that includes AREA's header and decodes TYPE
  local file=$work/one_type_$1.cpp
  cat >"$file" <<EOF
// Includes one area header and decodes one of its types (scripts/build_cost.sh).
#include <sfmodels/codec/decode.hpp>
#include <sfmodels/models/$1.hpp>

int main(int argc, char** argv)
{
    sfmodels::$2 value;
    return sfmodels::decode(argc > 1 ? argv[1] : "{}", value) ? 1 : 0;
}
EOF
  echo "$file"
}

head_tree=$work/head
rm -rf "$head_tree"
mkdir -p "$head_tree"
git archive "${SFMODELS_COST_BASELINE:-ceea354}" include examples/basic | tar -x -C "$head_tree"
umbrella=$work/umbrella.cpp
printf '%s\n' '// Includes every model and uses none (scripts/build_cost.sh).' \
  '#include <sfmodels/models.hpp>' '' 'int main() {}' >"$umbrella"

declare -a rows
row() {   # row LABEL "<wall> <KiB> <cpu>"
  local wall kib cpu
  read -r wall kib cpu <<<"$2"
  rows+=("| $1 | $wall | $cpu | $(mib "$kib") |")
}

echo "compiling single files, fastest of $repeat" >&2
head_basic=$(measure "$head_tree/examples/basic/main.cpp" "$root/$head_tree/include")
row "(a) baseline (${SFMODELS_COST_BASELINE:-ceea354}, before the generated models) examples/basic/main.cpp: sfmodels/sfmodels.hpp, PartitionDataLossProgress" "$head_basic"
basic=$(measure examples/basic/main.cpp "$root/include")
row "(a) examples/basic/main.cpp: faults.hpp + codec.hpp, PartitionDataLossProgress" "$basic"
nodes=$(measure "$(one_type nodes NodeInfo)" "$root/include")
row "(a) nodes.hpp, decode NodeInfo" "$nodes"
faults=$(measure "$(one_type faults PartitionDataLossProgress)" "$root/include")
row "(a) faults.hpp, decode PartitionDataLossProgress" "$faults"
whole=$(measure "$umbrella" "$root/include")
row "(b) sfmodels/models.hpp, nothing used" "$whole"

cat <<EOF
Build cost, $(date -u +%Y-%m-%d), $(uname -m) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),
$(nproc) cores (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)), $(g++ --version | head -n 1),
flags: ${cxx[*]:1}

| file | wall s | cpu s | peak MiB |
|---|---:|---:|---:|
EOF
printf '%s\n' "${rows[@]}"

# verdict NAME "<wall> <KiB> <cpu>" WALL_LIMIT CPU_LIMIT
verdict() {
  awk -v n="$1" -v r="$2" -v wl="$3" -v cl="$4" 'BEGIN {
    split(r, m, " ")
    printf "%s: wall %.2f s against %.2f s: %s; cpu %.2f s against %.2f s: %s\n", n,
           m[1], wl, (m[1] <= wl ? "met" : "MISSED"), m[3], cl, (m[3] <= cl ? "met" : "MISSED")
  }'
}
wall_limit=$(awk -v h="${head_basic%% *}" 'BEGIN { print 1.5 * h }')
cpu_limit=$(awk -v h="${head_basic##* }" 'BEGIN { print 1.5 * h }')
echo
verdict "target (a), examples/basic (1.5x HEAD's)" "$basic" "$wall_limit" "$cpu_limit"
verdict "target (a), nodes + NodeInfo (1.5x HEAD's)" "$nodes" "$wall_limit" "$cpu_limit"
verdict "target (a), faults + PartitionDataLossProgress (1.5x HEAD's)" "$faults" "$wall_limit" "$cpu_limit"
verdict "target (b), sfmodels/models.hpp (10 s)" "$whole" 10 10

((skip_cli)) && exit 0

echo "building sfmodels_cli from clean with -j2 (several minutes)" >&2
cmake --build "$build" --target clean >/dev/null
: >"$times"
start=$(date +%s.%N)
cmake --build "$build" --target sfmodels_cli -j2 >"$work/cli-build.log" 2>&1 ||
  { tail -n 40 "$work/cli-build.log" >&2; exit 1; }
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')

echo
echo "sfmodels CLI, every translation unit (built with -j2: two compile at once; $elapsed s in all):"
echo
echo "| translation unit | wall s | cpu s | peak MiB |"
echo "|---|---:|---:|---:|"
awk -v build="$root/$build/" '
  function label(cmd,    n, a, i) {
    n = split(cmd, a, " ")
    for (i = 1; i < n; ++i) if (a[i] == "-c") { sub(build, "", a[i + 1]); return a[i + 1] }
    for (i = 1; i < n; ++i) if (a[i] == "-o") return "link " a[i + 1]
    return "?"
  }
  {
    wall = $1; kib = $2; cpu = $3 + $4; $1 = ""; $2 = ""; $3 = ""; $4 = ""
    name = label($0)
    sub(".*/examples/", "examples/", name)
    line[++count] = sprintf("| %s | %.2f | %.2f | %.0f |", name, wall, cpu, kib / 1024)
    if (name ~ /^sfmodels_type_table\/[a-z_]+\.cpp$/ && name != "sfmodels_type_table/type_table.cpp") {
      areas += wall; area_cpu += cpu; ++area_count
      if (wall > slowest) { slowest = wall; slowest_name = name; slowest_kib = kib; slowest_cpu = cpu }
      if (kib > most_kib) { most_kib = kib; most_name = name }
    } else if (name ~ /^examples\/cli\//) {
      cli += wall; cli_cpu += cpu; ++cli_count
    }
  }
  END {
    for (i = 1; i <= count; ++i) print line[i]
    printf "\narea TUs: %d; slowest %s, wall %.2f s, cpu %.2f s, %.0f MiB; most memory %s, %.0f MiB;" \
           " sum wall %.1f s, cpu %.1f s\nCLI TUs: %d; sum wall %.1f s, cpu %.1f s\n",
           area_count, slowest_name, slowest, slowest_cpu, slowest_kib / 1024, most_name, most_kib / 1024,
           areas, area_cpu, cli_count, cli, cli_cpu
  }' <(sort -t' ' -k1,1nr "$times")
