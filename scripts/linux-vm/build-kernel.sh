#!/usr/bin/env bash
# Builds (once per machine) a small x86_64 kernel with gpio-sim from Debian's linux-source-6.1
# and prints the path of the cached bzImage on stdout. Progress goes to stderr.
# Cache: ${XDG_CACHE_HOME:-~/.cache}/gpioint/kernel/<key>/bzImage, key = hash(config, source version).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src_tar=/usr/src/linux-source-6.1.tar.xz
[ -f "$src_tar" ] || { echo "missing $src_tar: apt-get install linux-source-6.1" >&2; exit 2; }
version="$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null || stat -c %s "$src_tar")"
key="$( { cat "$here/kernel.config"; echo "$version"; } | sha256sum | cut -c1-16)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/gpioint/kernel/$key"
if [ -f "$cache/bzImage" ]; then echo "$cache/bzImage"; exit 0; fi
mkdir -p "$cache"
work="$cache/build"
rm -rf "$work"; mkdir -p "$work"
echo "building kernel $key (linux-source $version) in $work" >&2
start=$(date +%s)
tar -C "$work" -xJf "$src_tar"
cd "$work"/linux-source-6.1
make -s tinyconfig >&2
opts=$(grep -v '^#' "$here/kernel.config" | tr -s ' \n' ' ')
args=()
for o in $opts; do args+=(--enable "$o"); done
scripts/config "${args[@]}"
make -s olddefconfig >&2
# Fail early if Kconfig dropped an option we rely on (a dependency missing from the list).
for o in GPIO_SIM GPIO_CDEV CONFIGFS_FS EPOLL; do
  grep -q "^CONFIG_$o=y" .config || { echo "CONFIG_$o did not survive olddefconfig" >&2; exit 3; }
done
make -s -j"$(nproc)" bzImage >&2
cp arch/x86/boot/bzImage "$cache/bzImage.tmp" && mv "$cache/bzImage.tmp" "$cache/bzImage"
cp .config "$cache/config"
cd "$cache" && rm -rf "$work"
echo "kernel built in $(( $(date +%s) - start ))s" >&2
echo "$cache/bzImage"
