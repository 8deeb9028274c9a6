#!/usr/bin/env bash
# Builds the guest's initramfs: busybox-static, a jlink'ed Java runtime (java.base only) with the shared
# libraries it needs, Debian's gpiod tools, the project's jars and scripts/linux-vm/init.
# Usage: build-initramfs.sh OUTPUT.cpio.gz JAR...   (the jlink runtime is cached per JDK under ~/.cache/gpioint)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"; shift
: "${JAVA_HOME:?JAVA_HOME must point to a JDK 25}"
for tool in busybox gpiomon cpio; do command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install busybox-static gpiod cpio" >&2; exit 2; }; done
jdk_key="$("$JAVA_HOME/bin/java" -version 2>&1 | sha256sum | cut -c1-12)"
runtime="${XDG_CACHE_HOME:-$HOME/.cache}/gpioint/jre/$jdk_key"
if [ ! -x "$runtime/bin/java" ]; then
  rm -rf "$runtime.tmp"; mkdir -p "$(dirname "$runtime")"
  "$JAVA_HOME/bin/jlink" --add-modules java.base --strip-debug --no-header-files --no-man-pages \
      --output "$runtime.tmp" >&2
  rm -rf "$runtime"; mv "$runtime.tmp" "$runtime"
fi
root="$(mktemp -d)"
chmod 755 "$root"  # mktemp makes it 0700, and the guest's / must be usable by the unprivileged check
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,tmp,lib,lib64,usr/bin,opt/gpioint/lib}
cp /bin/busybox "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"; done
cp -a "$runtime" "$root/opt/jre"
cp "$@" "$root/opt/gpioint/lib/"
for tool in gpiodetect gpioinfo gpiomon gpioset gpioget; do cp "/usr/bin/$tool" "$root/usr/bin/"; done
# Shared libraries of everything dynamic: the loader, libc, libz, libgpiod ... copied where ldd found them.
{ ldd "$root/opt/jre/bin/java"; find "$root/opt/jre/lib" -name '*.so' -exec ldd {} \; ; ldd /usr/bin/gpiomon; } 2>/dev/null \
  | grep -oE '/[^ ]+\.so[^ ]*' | sort -u | while read -r lib; do
    [ -e "$lib" ] || continue
    case "$lib" in "$root"/*) continue ;; esac  # the runtime's own libraries are already in place
    mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"
  done
printf 'root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
cp "$here/init" "$root/init"; chmod +x "$root/init"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$out"
echo "initramfs $(du -h "$out" | cut -f1) at $out" >&2
