#!/usr/bin/env bash
# Installs the external oracles the test suite compares against: ACPICA's iasl/acpiexec (Debian acpica-tools).
# Without root it only reports what is missing; the tests that need a tool then skip with a message.
set -euo pipefail
missing=()
command -v iasl >/dev/null 2>&1 || missing+=(acpica-tools)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} for the test oracles" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "warning: ${missing[*]} not installed (needs root): oracle tests will be skipped" >&2
fi
