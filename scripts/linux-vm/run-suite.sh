#!/usr/bin/env bash
# Runs gpioint-linux's integration suite on a real kernel with gpio-sim under qemu (software emulation):
# builds (once, cached) the kernel, packs an initramfs with a jlink'ed runtime, the project's jars and the
# gpiod tools, boots it, and passes when the guest prints GPIOINT-VM-RESULT: PASS.
# Needs: qemu-system-x86 linux-source-6.1 build-essential bc flex bison libelf-dev busybox-static gpiod cpio.
# Env: GPIOINT_VM_TIMEOUT (seconds for the guest, default 1200), GPIOINT_VM_LOG (serial log path).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source "$repo/scripts/java-home.sh"
start=$(date +%s)
packages=(qemu-system-x86 linux-source-6.1 build-essential bc flex bison libelf-dev busybox-static gpiod cpio xz-utils)
need() {
  missing=()
  for cmd in qemu-system-x86_64 busybox gpiomon cpio flex bison bc gcc make xz; do command -v "$cmd" >/dev/null || missing+=("$cmd"); done
  [ -f /usr/src/linux-source-6.1.tar.xz ] || missing+=(linux-source-6.1)
  [ -f /usr/include/libelf.h ] || missing+=(libelf-dev)
}
need
if [ ${#missing[@]} -gt 0 ]; then
  # As the test oracles do: install from Debian when root, otherwise skip with a message.
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "linux-vm: installing ${packages[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    need
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "linux-vm: SKIPPED, missing ${missing[*]} (apt-get install ${packages[*]})" >&2
    exit 0
  fi
fi
kernel="$("$here/build-kernel.sh")"
jar() { ls "$repo/$1/target/$1"-*.jar 2>/dev/null | grep -vE -- '-(sources|javadoc|tests)\.jar$' | head -1; }
if [ -z "$(jar gpioint-core)" ] || [ -z "$(jar gpioint-linux)" ]; then
  (cd "$repo" && mvn -B -q -ntp -pl gpioint-linux -am package -DskipTests)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/build-initramfs.sh" "$work/initramfs.cpio.gz" "$(jar gpioint-core)" "$(jar gpioint-linux)"
log="${GPIOINT_VM_LOG:-$repo/gpioint-linux/target/vm-suite.log}"
mkdir -p "$(dirname "$log")"
boot=$(date +%s)
echo "linux-vm: booting $kernel under qemu (TCG); serial log: $log" >&2
set +e
timeout "${GPIOINT_VM_TIMEOUT:-1200}" qemu-system-x86_64 -machine q35 -cpu max -smp 2 -m 1024 -nographic -no-reboot \
    -kernel "$kernel" -initrd "$work/initramfs.cpio.gz" -append "console=ttyS0 panic=-1 quiet tsc=reliable clocksource=tsc" </dev/null | tee "$log"
status=${PIPESTATUS[0]}
set -e
end=$(date +%s)
echo "linux-vm: guest ran $((end - boot))s, whole VM step $((end - start))s (qemu status $status)" >&2
passed=$(grep -ac '^PASS ' "$log" || true)
failed=$(grep -ac '^FAIL ' "$log" || true)
# A closing line in the plain form CI reads, whatever happened in the guest.
if ! grep -a -q "GPIOINT-VM-RESULT: PASS" "$log"; then
  echo "linux-vm: the VM suite FAILED (see $log)" >&2
  echo "linux-vm: $passed passed, $((failed > 0 ? failed : 1)) failed"
  exit 1
fi
echo "linux-vm: the VM suite passed" >&2
echo "linux-vm: $passed passed, $failed failed"
