#!/usr/bin/env bash
# Builds the benchmarks with g++ at -O2, times every case with Google Benchmark,
# counts instructions per operation under callgrind, and writes the table to
# benchmarks/RESULTS.md.
#   SFMODELS_BENCH_MIN_TIME  seconds per timed case (default 0.2)
#   SFMODELS_BENCH_FILTER    substring of the case names to run (default: all)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ cmake ninja-build libbenchmark-dev valgrind libboost1.81-dev libboost-json1.81-dev
          nlohmann-json3-dev libsimdjson-dev rapidjson-dev)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed$' || missing+=("$pkg")
done
if ((${#missing[@]} != 0)); then
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  echo "installing: ${missing[*]}"
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

build=build/bench
exe=$build/benchmarks/sfmodels_bench
filter=${SFMODELS_BENCH_FILTER:-}

echo "== build ($build, g++ -O2)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ \
  "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DSFMODELS_BUILD_BENCHMARKS=ON \
  -DSFMODELS_BUILD_TESTS=OFF -DSFMODELS_BUILD_EXAMPLES=OFF -DSFMODELS_INSTALL=OFF >/dev/null
cmake --build "$build" -j2 --target sfmodels_bench

echo "== time (Google Benchmark)"
"$exe" --benchmark_min_time="${SFMODELS_BENCH_MIN_TIME:-0.2}" --benchmark_filter="${filter:-.}" \
  --benchmark_out="$build/timings.json" --benchmark_out_format=json

echo "== count instructions (callgrind)"
rm -rf "$build/callgrind"
mkdir -p "$build/callgrind"
valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$build/callgrind/cg.out" \
  "$exe" --callgrind ${filter:+"$filter"} >"$build/allocs.tsv" 2>"$build/callgrind/valgrind.log"
cat "$build/allocs.tsv"

echo "== write benchmarks/RESULTS.md"
"$exe" --report "$build/timings.json" "$build/callgrind/cg.out" "$build/allocs.tsv" >benchmarks/RESULTS.md
echo "wrote benchmarks/RESULTS.md"
