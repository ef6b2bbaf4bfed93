#!/usr/bin/env bash
# Builds and tests sfmodels as CI does (.ci/run runs `scripts/test.sh`);
# `scripts/test.sh quick` builds and tests the gcc preset only.
#
# CI layout: two build configurations, so the type table (every model's codec,
# cmake/TypeTable.cmake) is compiled twice rather than four times:
#   gcc   g++ -O2, -Werror: everything (tests, examples, benchmarks); ctest.
#         The unit tests compile 8 files to a translation unit
#         (SFMODELS_UNITY_TESTS), and the header each file tests first is
#         compiled alone beside them (SFMODELS_CHECK_TEST_HEADERS), so that
#         each is still checked to stand alone.
#   asan  clang -O1, ASan + UBSan, -Werror: tests, examples and the fuzzers in
#         one build. The type table carries libFuzzer's coverage
#         instrumentation, which the sanitizer runtime serves for the tests;
#         the unit tests are compiled 8 files at a time as in gcc (the headers
#         are checked once, by gcc); ctest over the whole suite but the
#         consumer builds.
#   then the single-threaded checks, two at a time, longest first: valgrind
#         memcheck on the gcc programs that count allocations, and every fuzzer
#         for a bounded time (fuzz_models 150 s, seeded from the model fixtures
#         by fuzz/seed_corpus.py; the others 25 s; SFMODELS_FUZZ_MODELS_SECONDS
#         and SFMODELS_FUZZ_SECONDS override).
# The clang preset (-O2) is left to developers: the asan build compiles the
# same sources with the same clang and warnings (clang warns from its front
# end, whatever the optimization level).
#
# Each GoogleTest suite is one CTest test (cmake/GTestSuites.cmake): the
# counts below are of CTest tests, a suite or a CLI/model/operation check each.
#
# Measured on this 2-core machine type from a fresh clone, 3 December 2026, with
# nothing else running: 2597 s in all (fuzz_models then 180 s, the others 30 s):
#   gcc build 1069 s wall (2174 s CPU: type table 750, unit tests 656 of which
#   the header check 102, benchmarks 386, operation table 174); gcc ctest 43 s;
#   asan build 1224 s wall; asan ctest 74 s; valgrind and fuzzers 182 s.
# The unity build of the gcc unit tests: 936 s CPU one file at a time, 511 s in
# 6 batches. The shorter fuzzing since then takes about 30 s off the last stage.
#
# Earlier, on the 2-core CI machine, 2 December 2026 (stop 15, CI 2695 s in
# all), CPU = user + sys:
#   gcc build                      type table 561 s CPU; tests, examples and
#                                  benchmarks ~800 s CPU
#   asan build                     2583 s CPU with -g (type table 1302, unit
#                                  tests 965, fuzz targets 169)
#   asan ctest, a process per gtest case: 567 s wall (0.26 s CPU to start each
#                                  ASan process); a process per suite: ~22 s
#   valgrind (3 programs)          22 s CPU;  fuzzers, two at a time ~190 s wall
# Since then the operation table (every REST operation, one translation unit
# per area, bodies through the type table) adds about 160 s of wall time to
# each build with -j2. The HTTPS client (sfmodels::client, OpenSSL) adds to
# each build translation units that include Beast and OpenSSL, measured one at
# a time with g++ -O2: tests/client/call_test.cpp 35 s and 1.3 GB,
# data_loss_workflow_test.cpp 31 s, the data-loss example 19 s,
# cli/call_command.cpp 15 s, tests/cli/call_server.cpp 11 s (0.5-1.2 GB each).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-full}
case $mode in
  full | quick) ;;
  *) echo "usage: $0 [quick]" >&2; exit 2 ;;
esac

summary=()
total_passed=0
total_failed=0
total_skipped=0
started=$SECONDS

stage() { printf '\n======== %s ======== (%ds)\n' "$*" $((SECONDS - started)); }

# Prints "passed failed skipped" for a ctest log. ctest's summary line,
# "N% tests passed, F tests failed out of T", counts a skipped test (a
# GTEST_SKIP, a SKIP_RETURN_CODE) among the passed ones and leaves a disabled
# test (a DISABLED_ GTest, the DISABLED property) out of T; both show in the
# per-test lines as "***Skipped" and "***Not Run (Disabled)". A test whose
# executable is missing is "***Not Run" too, but ctest counts it as failed.
ctest_counts() {
  local log=$1 text line total failed skipped disabled
  text=$(sed 's/\x1b\[[0-9;]*m//g' "$log")   # in case CLICOLOR_FORCE coloured it
  line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' <<<"$text" | tail -n 1) || {
    echo "no ctest summary line in $log" >&2
    return 1
  }
  total=${line##* }
  failed=$(sed -E 's/.* tests passed, ([0-9]+) tests? failed .*/\1/' <<<"$line")
  skipped=$(grep -cE '^ *[0-9]+/[0-9]+ +Test +#[0-9]+: .*[*]{3}Skipped' <<<"$text" || true)
  disabled=$(grep -cE '^ *[0-9]+/[0-9]+ +Test +#[0-9]+: .*[*]{3}Not Run \(Disabled\)' <<<"$text" || true)
  echo "$((total - failed - skipped)) $failed $((skipped + disabled))"
}

print_summary() {
  stage "summary"
  printf '%s\n' "${summary[@]}"
  echo "total: $total_passed passed, $total_failed failed, $total_skipped skipped"
  echo "time: $((SECONDS - started)) s"
}

run_preset() {
  local preset=$1 log=build/$1/ctest.log status=0 counts passed failed skipped
  stage "$preset: configure"
  cmake --preset "$preset"
  stage "$preset: build"
  cmake --build --preset "$preset" -j2
  stage "$preset: test"
  ctest --preset "$preset" -j2 | tee "$log" || status=$?
  if ! counts=$(ctest_counts "$log"); then
    counts="0 1 0"   # no summary: ctest itself went wrong
    ((status != 0)) || status=1
  fi
  read -r passed failed skipped <<<"$counts"
  ((failed == 0 || status != 0)) || status=1
  summary+=("$preset: $passed passed, $failed failed, $skipped skipped")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  if ((status != 0)); then
    # a failed test ends the run, with the counts so far as the closing lines
    echo "$preset: ctest failed (exit code $status)" >&2
    print_summary
    exit "$status"
  fi
}

# ---- the single-threaded checks: each a start_<kind> that runs in the
# background with its output in a log, and a report_<kind> that reads it

# the programs that count allocations: memcheck sees their heap through the
# counting operator new (the gcc build; the sanitizers bring their own)
valgrind_programs=(build/gcc/tests/sfmodels_alloc_tests
                   build/gcc/tests/integration/sfmodels_rest_alloc_tests
                   build/gcc/tests/models/sfmodels_model_tests)
fuzz_dir=build/asan/fuzz

start_valgrind() {
  # the binary replaces operator new: let it, so valgrind sees its malloc/free
  valgrind --error-exitcode=1 --leak-check=full \
    --soname-synonyms=somalloc=nouserintercepts "$1"
}

report_valgrind() {
  local exe=$1 log=$2 status=$3
  stage "valgrind memcheck: $(basename "$exe") (exit code $status)"
  if ((status != 0)); then
    tail -n 80 "$log"
    echo "valgrind failed; full log in $log" >&2
    summary+=("valgrind: $(basename "$exe") FAILED")
    return 1
  fi
  grep -E 'ERROR SUMMARY|\[  PASSED  \]' "$log" || true
  summary+=("valgrind: $(basename "$exe") clean")
}

fuzz_seconds() {
  if [[ $1 == fuzz_models ]]; then
    echo "${SFMODELS_FUZZ_MODELS_SECONDS:-150}"
  else
    echo "${SFMODELS_FUZZ_SECONDS:-25}"
  fi
}

start_fuzz() {
  local name=$1 seconds corpus options
  seconds=$(fuzz_seconds "$name")
  # new inputs go to the first directory; the others are read-only seeds
  corpus=("$fuzz_dir/corpus/$name")
  [[ -d tests/corpus/$name ]] && corpus+=("tests/corpus/$name")
  [[ -d tests/regressions/$name ]] && corpus+=("tests/regressions/$name")
  # -entropic=0: with this many coverage features the entropic schedule's
  # bookkeeping halves the executions; measured, plain scheduling covers more
  options=(-max_total_time="$seconds" -timeout=10 -entropic=0
           -artifact_prefix="$fuzz_dir/artifacts/$name/" -print_final_stats=1)
  if [[ $name == fuzz_models ]]; then
    # one seed per case of the model fixtures, and their names and spellings
    python3 fuzz/seed_corpus.py "$fuzz_dir/seeds/$name" "$fuzz_dir/$name.dict"
    corpus+=("$fuzz_dir/seeds/$name")
    options+=(-dict="$fuzz_dir/$name.dict")
  else
    corpus+=(tests/fixtures/*/)
    options+=(-dict=fuzz/sfmodels.dict)
  fi
  mkdir -p "${corpus[0]}" "$fuzz_dir/artifacts/$name"
  "$fuzz_dir/$name" "${options[@]}" "${corpus[@]}"
}

report_fuzz() {
  local name=$1 log=$2 status=$3 runs seconds
  seconds=$(fuzz_seconds "$name")
  stage "fuzz: $name for ${seconds}s (exit code $status)"
  if ((status != 0)); then
    tail -n 80 "$log"
    echo "$name failed; reproducer in $fuzz_dir/artifacts/$name/, full log in $log" >&2
    summary+=("fuzz: $name FAILED")
    return 1
  fi
  grep -E '^(INFO: seed corpus|#[0-9]+[[:space:]]+(INITED|DONE)|stat::)' "$log" || true
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  summary+=("fuzz: $name: ${runs:-?} executions in ${seconds}s, no finding")
}

# Runs the checks ("kind name" each) two at a time, in the order given.
run_checks() {
  local -A running=() logs=()
  local next=0 pid status kind name log failures=0
  local checks=("$@")
  while ((next < ${#checks[@]} || ${#running[@]} > 0)); do
    while ((next < ${#checks[@]} && ${#running[@]} < 2)); do
      read -r kind name <<<"${checks[next]}"
      next=$((next + 1))
      if [[ $kind == valgrind ]]; then log=$name.valgrind.log; else log=$fuzz_dir/$name.log; fi
      echo "started: $kind $name (log: $log)"
      "start_$kind" "$name" >"$log" 2>&1 &
      running[$!]="$kind $name"
      logs[$!]=$log
    done
    status=0
    wait -n -p pid || status=$?
    read -r kind name <<<"${running[$pid]}"
    # each check counts as one test in the totals
    if "report_$kind" "$name" "${logs[$pid]}" "$status"; then
      total_passed=$((total_passed + 1))
    else
      total_failed=$((total_failed + 1))
      failures=$((failures + 1))
    fi
    unset "running[$pid]" "logs[$pid]"
  done
  return $((failures != 0))
}

single_threaded_checks() {
  local checks=() fuzzers=() exe
  if [[ -d fuzz ]]; then
    mapfile -t fuzzers < <(find "$fuzz_dir" -maxdepth 1 -type f -perm -u+x -name 'fuzz_*' -printf '%f\n' | sort)
    if ((${#fuzzers[@]} == 0)); then
      echo "fuzz/ exists but the asan build made no fuzz_* executable" >&2
      print_summary
      exit 1
    fi
  fi
  # the longest first, so that the shorter ones fill the other core
  [[ " ${fuzzers[*]} " == *" fuzz_models "* ]] && checks+=("fuzz fuzz_models")
  for exe in "${valgrind_programs[@]}"; do
    [[ -x $exe ]] && checks+=("valgrind $exe")
  done
  for exe in "${fuzzers[@]}"; do
    [[ $exe == fuzz_models ]] || checks+=("fuzz $exe")
  done
  if ! run_checks "${checks[@]}"; then
    print_summary
    exit 1
  fi
}

stage "packages"
scripts/install-deps.sh

run_preset gcc
if [[ $mode == full ]]; then
  run_preset asan
  single_threaded_checks
fi

print_summary
