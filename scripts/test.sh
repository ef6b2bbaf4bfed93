#!/usr/bin/env bash
# Builds and tests sfmodels as CI does: gcc, clang, asan presets, then valgrind
# and fuzzing once those exist.  `scripts/test.sh quick` runs the gcc preset only.
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

stage() { printf '\n======== %s ========\n' "$*"; }

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

run_valgrind() {
  local exe=build/gcc/tests/sfmodels_alloc_tests
  [[ -x $exe ]] || return 0
  stage "valgrind memcheck: sfmodels_alloc_tests"
  # the binary replaces operator new: let it, so valgrind sees its malloc/free
  valgrind --error-exitcode=1 --leak-check=full \
    --soname-synonyms=somalloc=nouserintercepts "$exe"
  summary+=("valgrind: sfmodels_alloc_tests clean")
}

run_fuzzers() {
  [[ -d fuzz ]] || return 0
  local seconds=${SFMODELS_FUZZ_SECONDS:-60} exe name corpus artifacts log options runs
  stage "fuzz: configure + build"
  cmake --preset fuzz
  cmake --build --preset fuzz -j2
  local fuzzers=()
  mapfile -t fuzzers < <(find build/fuzz -path '*/CMakeFiles' -prune -o \
                           -type f -perm -u+x -name '*fuzz*' -print | sort)
  if ((${#fuzzers[@]} == 0)); then
    echo "fuzz/ exists but built no *fuzz* executable" >&2
    exit 1
  fi
  for exe in "${fuzzers[@]}"; do
    name=$(basename "$exe")
    # new inputs go to the first directory; the others are read-only seeds
    corpus=("build/fuzz/corpus/$name")
    [[ -d tests/corpus/$name ]] && corpus+=("tests/corpus/$name")
    [[ -d tests/regressions/$name ]] && corpus+=("tests/regressions/$name")
    corpus+=(tests/fixtures/*/)
    artifacts=build/fuzz/artifacts/$name/
    log=build/fuzz/$name.log
    # -entropic=0: with this many coverage features the entropic schedule's
    # bookkeeping halves the executions; measured, plain scheduling covers more
    options=(-max_total_time="$seconds" -timeout=10 -entropic=0 -artifact_prefix="$artifacts"
             -print_final_stats=1)
    [[ -f fuzz/sfmodels.dict ]] && options+=(-dict=fuzz/sfmodels.dict)
    mkdir -p "${corpus[0]}" "$artifacts"
    stage "fuzz: $name for ${seconds}s"
    if ! "$exe" "${options[@]}" "${corpus[@]}" >"$log" 2>&1; then
      tail -n 80 "$log"
      echo "$name failed; reproducer in $artifacts, full log in $log" >&2
      exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    grep -E '^(Done|stat::)' "$log" || true
    summary+=("fuzz: $name: ${runs:-?} executions in ${seconds}s, no finding")
  done
}

stage "packages"
scripts/install-deps.sh

run_preset gcc
if [[ $mode == full ]]; then
  run_preset clang
  run_preset asan
  run_valgrind
  run_fuzzers
fi

print_summary
