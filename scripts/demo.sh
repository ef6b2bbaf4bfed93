#!/usr/bin/env bash
# Builds the sfmodels command-line tool and decodes the payloads in
# examples/payloads, the last of which is invalid. Exits 0 only if every
# command behaved as shown.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=build/demo
log=$build/demo-build.log
sfmodels=$build/examples/sfmodels

if [[ ! -f $build/CMakeCache.txt ]]; then
  # libssl-dev: the CLI's `call` command is built on sfmodels::client
  scripts/install-deps.sh g++ cmake ninja-build libboost1.81-dev libboost-json1.81-dev libssl-dev
  echo "configuring $build"
  cmake --preset gcc -B "$build" -DSFMODELS_BUILD_TESTS=OFF -DSFMODELS_BUILD_BENCHMARKS=OFF \
    -DSFMODELS_BUILD_EXAMPLES=ON -DSFMODELS_INSTALL=OFF >/dev/null
fi
echo "building sfmodels (log: $log)"
if ! cmake --build "$build" -j2 --target sfmodels_cli >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  exit 1
fi

out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
failures=0

# show STATUS ERROR_PREFIX PROMPT COMMAND...: prints "$ PROMPT" and what COMMAND
# writes when the file $stdin (default: nothing) is piped into it, and counts a
# failure unless it exits with STATUS, printing nothing on stderr for 0 and
# else one line that starts with ERROR_PREFIX.
show() {
  local expected=$1 prefix=$2 prompt=$3 status=0
  shift 3
  printf '\n$ %s\n' "$prompt"
  cat "${stdin:-/dev/null}" | "$@" >"$out" 2>"$err" || status=$?
  cat "$out"
  cat "$err" >&2
  if ((status != 0)); then
    printf '$ echo $?\n%d\n' "$status"
  fi
  local problem=
  if ((status != expected)); then
    problem="exit status $status, expected $expected"
  elif ((expected == 0)) && [[ -s $err || ! -s $out ]]; then
    problem="expected output and nothing on stderr"
  elif ((expected != 0)) && [[ $(wc -l <"$err") != 1 || $(head -c ${#prefix} "$err") != "$prefix" ]]; then
    problem="expected one line on stderr starting with: $prefix"
  fi
  if [[ -n $problem ]]; then
    echo "demo: unexpected result: $problem" >&2
    failures=$((failures + 1))
  fi
}

decode() { show 0 "" "sfmodels decode $*" "$sfmodels" decode "$@"; }

show 0 "" "sfmodels types" "$sfmodels" types
decode PartitionDataLossProgress examples/payloads/data-loss-completed.json
decode BackupProgressInfo examples/payloads/backup-progress.json
stdin=examples/payloads/operations.json \
  show 0 "" "cat examples/payloads/operations.json | sfmodels decode OperationStatusList" \
  "$sfmodels" decode OperationStatusList
decode FabricError examples/payloads/fabric-error.json
show 1 "error: malformed uuid at /InvokeDataLossResult/SelectedPartition/PartitionId" \
  "sfmodels decode PartitionDataLossProgress examples/payloads/bad-partition-id.json" \
  "$sfmodels" decode PartitionDataLossProgress examples/payloads/bad-partition-id.json

if ((failures != 0)); then
  printf '\ndemo: %d command(s) did not behave as expected\n' "$failures" >&2
  exit 1
fi
