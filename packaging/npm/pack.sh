#!/usr/bin/env bash
# Assembles the npm packages for one built wkv binary:
#
#   packaging/npm/pack.sh BINARY OUTDIR [RUST_TARGET]
#
# writes into OUTDIR the .tgz of the `wkv` package (the launcher, packaging/npm/wkv) and of the
# platform package that holds BINARY (`@wkv/cli-<os>-<cpu>`, from packaging/npm/platform), both
# at the version in Cargo.toml, and prints their paths. The platform comes from RUST_TARGET when
# given (the release workflow knows it), else from BINARY's own header (ELF, Mach-O or PE), so
# the script needs neither `file` nor the machine it describes. Used by
# .github/workflows/publish-npm.yml for every release target and by tests/cli/npm_package.rs.
set -euo pipefail

usage() {
  echo "usage: packaging/npm/pack.sh BINARY OUTDIR [RUST_TARGET]" >&2
  exit 2
}
fail() {
  echo "error: $1" >&2
  shift
  for hint in "$@"; do echo "hint: $hint" >&2; done
  exit 1
}

[ $# -ge 2 ] && [ $# -le 3 ] || usage
binary=$1
outdir=$2
target=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

[ -f "$binary" ] || fail "no binary at $binary"
command -v npm >/dev/null 2>&1 || fail "npm is not installed" "install Node.js 18 or later (it brings npm)"

# The version of the [package] section of Cargo.toml: npm packages are released in lockstep.
version=$(awk '/^\[/ { in_package = ($0 == "[package]") }
               in_package && /^version *=/ { gsub(/^version *= *"|".*$/, ""); print; exit }' "$root/Cargo.toml")
[ -n "$version" ] || fail "cannot read the package version from $root/Cargo.toml"

# Rust target triple -> npm's os and cpu names (process.platform / process.arch).
platform_of_target() {
  case $1 in
    x86_64-unknown-linux-*) echo "linux x64" ;;
    aarch64-unknown-linux-*) echo "linux arm64" ;;
    x86_64-apple-darwin) echo "darwin x64" ;;
    aarch64-apple-darwin) echo "darwin arm64" ;;
    x86_64-pc-windows-*) echo "win32 x64" ;;
    *) fail "no npm package for the target $1" ;;
  esac
}

# `bytes_at FILE OFFSET COUNT`: those bytes as one lower-case hex string, in file order.
bytes_at() {
  od -A n -t x1 -j "$2" -N "$3" "$1" | tr -d ' \n'
}
# `le_number_at OFFSET COUNT`: the binary's little-endian unsigned number at OFFSET.
le_number_at() {
  local hex reversed="" i
  hex=$(bytes_at "$binary" "$1" "$2")
  for ((i = ${#hex} - 2; i >= 0; i -= 2)); do reversed+=${hex:i:2}; done
  echo $((16#${reversed:-0}))
}

# The platform from the executable's header: ELF e_machine, Mach-O cputype, or PE machine.
platform_of_binary() {
  local magic machine offset
  magic=$(bytes_at "$binary" 0 4)
  case $magic in
    7f454c46) # ELF; e_machine (little-endian for both CPUs wkv ships for) at byte 18
      machine=$(le_number_at 18 2)
      case $machine in
        62) echo "linux x64" ;;   # EM_X86_64
        183) echo "linux arm64" ;; # EM_AARCH64
        *) fail "$binary is an ELF binary for machine $machine, which wkv does not ship for" ;;
      esac ;;
    cffaedfe) # 64-bit little-endian Mach-O; cputype at byte 4
      machine=$(le_number_at 4 4)
      case $machine in
        16777223) echo "darwin x64" ;;   # CPU_TYPE_X86_64
        16777228) echo "darwin arm64" ;; # CPU_TYPE_ARM64
        *) fail "$binary is a Mach-O binary for CPU type $machine, which wkv does not ship for" ;;
      esac ;;
    4d5a*) # MZ; the PE header's offset is at 0x3c, its machine field 4 bytes after "PE\0\0"
      offset=$(le_number_at 60 4)
      [ "$(bytes_at "$binary" "$offset" 4)" = 50450000 ] || fail "$binary has an MZ header but no PE header"
      machine=$(le_number_at $((offset + 4)) 2)
      case $machine in
        34404) echo "win32 x64" ;; # IMAGE_FILE_MACHINE_AMD64
        *) fail "$binary is a PE binary for machine $machine, which wkv does not ship for" ;;
      esac ;;
    *) fail "$binary is not an ELF, Mach-O or PE executable" "pass the Rust target as the third argument" ;;
  esac
}

if [ -n "$target" ]; then
  platform=$(platform_of_target "$target")
else
  platform=$(platform_of_binary)
fi
os=${platform% *}
cpu=${platform#* }
exe=wkv
[ "$os" = win32 ] && exe=wkv.exe

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The main package: the launcher, README and licences; every optional dependency pinned to this
# exact version, as npm must install a platform package built from the same source.
cp -R "$here/wkv" "$stage/wkv"
cp "$root/README.md" "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$stage/wkv/"
# The platform package: the binary (executable: the launcher spawns it directly) and licences.
mkdir -p "$stage/platform/bin"
cp "$here/platform/package.json" "$stage/platform/"
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$stage/platform/"
cp "$binary" "$stage/platform/bin/$exe"
chmod 755 "$stage/platform/bin/$exe"

node - "$stage" "$version" "$os" "$cpu" <<'JS'
const fs = require("node:fs");
const path = require("node:path");
const [stage, version, os, cpu] = process.argv.slice(2);
const edit = (dir, change) => {
  const file = path.join(stage, dir, "package.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  change(manifest);
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
};
edit("wkv", (m) => {
  m.version = version;
  for (const name of Object.keys(m.optionalDependencies)) m.optionalDependencies[name] = version;
});
edit("platform", (m) => {
  m.name = `@wkv/cli-${os}-${cpu}`;
  m.version = version;
  m.description = m.description.replace("OS CPU", `${os} ${cpu}`);
  m.os = [os];
  m.cpu = [cpu];
});
JS

for dir in platform wkv; do
  (cd "$stage/$dir" && npm pack --silent --pack-destination "$outdir" >/dev/null)
done
echo "$outdir/wkv-cli-$os-$cpu-$version.tgz"
echo "$outdir/wkv-$version.tgz"
