#!/usr/bin/env bash
# Installs the Debian packages that sfmodels needs and that are missing: those
# named on the command line, or else everything the builds and tests use.
set -euo pipefail

# libssl-dev: sfmodels::client (the CLI's `call`, the data-loss example);
# openssl: the client tests make their certificates with it.
packages=(g++ clang libclang-rt-14-dev cmake ninja-build libgtest-dev libgmock-dev
          libbenchmark-dev valgrind libboost1.81-dev libboost-json1.81-dev
          libssl-dev openssl nlohmann-json3-dev libsimdjson-dev rapidjson-dev python3)
(($# == 0)) || packages=("$@")

missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed$' || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  echo "all ${#packages[@]} packages are installed"
  exit 0
fi
sudo=()
((EUID == 0)) || sudo=(sudo)
echo "installing: ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"
