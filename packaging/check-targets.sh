#!/usr/bin/env bash
# Checks, on a Linux x86_64 machine, that wkv compiles for the systems it is released for and
# cannot be tested on here, and that the static Linux binary works:
#   1. `cargo check --all-targets` (library, binary, tests) for x86_64-pc-windows-gnu,
#      aarch64-apple-darwin and x86_64-apple-darwin, with zig (through cargo-zigbuild) as the C
#      compiler for SQLite and ring; any warning fails the check;
#   2. a release build for x86_64-unknown-linux-musl (musl-gcc from musl-tools), which must be
#      statically linked, and the README's quick start with it: a key put and get in a
#      temporary directory, and exit code 3 for a missing key.
# Linking for macOS needs Apple's SDK, so macOS binaries are left to macOS runners; Windows
# binaries are best built with MSVC on a Windows runner (the gnu target checks the same code).
#
# Needs rustup, python3 (for a venv) and, unless musl-gcc is already there, apt-get (as root, or
# sudo). Installs what is missing: the rustup targets, musl-tools, and ziglang + cargo-zigbuild
# from PyPI into a venv outside the repository. Slow (minutes per target): not part of .ci/run.
#
# Environment: WKV_CHECK_HOME (default ~/.cache/wkv-check-targets) holds the venv and, unless
# CARGO_TARGET_DIR is set, two target directories: `target-cross` for the checks and `target`
# for the release build, so that either can run while the other is busy. Usage:
# packaging/check-targets.sh [TARGET...] to check only some of the three cross targets (the
# musl build always runs).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
home=${WKV_CHECK_HOME:-$HOME/.cache/wkv-check-targets}
check_dir=${CARGO_TARGET_DIR:-$home/target-cross}
build_dir=${CARGO_TARGET_DIR:-$home/target}
venv=$home/venv
musl=x86_64-unknown-linux-musl
if [ $# -gt 0 ]; then
    checked=("$@")
else
    checked=(x86_64-pc-windows-gnu aarch64-apple-darwin x86_64-apple-darwin)
fi

say() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

say "tools"
mkdir -p "$home"
rustup target add "${checked[@]}" "$musl" >&2
if ! command -v musl-gcc >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y musl-tools >&2 || { apt-get update >&2 && apt-get install -y musl-tools >&2; }
    else
        sudo apt-get install -y musl-tools >&2
    fi
fi
if [ ! -x "$venv/bin/cargo-zigbuild" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet ziglang cargo-zigbuild
fi
export PATH="$venv/bin:$PATH"
cargo-zigbuild --version >&2

cd "$repo"
failed=()
for target in "${checked[@]}"; do
    say "check --all-targets --target $target"
    log=$(mktemp)
    started=$SECONDS
    if CARGO_TARGET_DIR=$check_dir cargo-zigbuild check --locked --all-targets --target "$target" 2>&1 | tee "$log" >&2; then
        if grep -q '^warning' "$log"; then
            failed+=("$target (warnings)")
        else
            printf 'ok: %s checks (library, binary, tests) in %d s\n' "$target" $((SECONDS - started))
        fi
    else
        failed+=("$target")
    fi
    rm -f "$log"
done

say "build --release --target $musl"
started=$SECONDS
CARGO_TARGET_DIR=$build_dir cargo build --locked --release --target "$musl" >&2
binary=$build_dir/$musl/release/wkv
printf 'ok: %s built in %d s: %s (%s bytes)\n' "$musl" $((SECONDS - started)) "$binary" "$(stat -c %s "$binary")"
if command -v file >/dev/null; then
    file -b "$binary" | grep -q 'static' || fail "$binary is not statically linked: $(file -b "$binary")"
fi
ldd "$binary" 2>&1 | grep -qiE 'not a dynamic executable|statically linked' \
    || fail "$binary needs shared libraries: $(ldd "$binary" 2>&1)"
printf 'ok: statically linked\n'

say "quick start with the static binary"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(
    cd "$scratch"
    # A home of its own: nothing is read from or written to the real one.
    export HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share
    unset CLOUDFLARE_API_TOKEN CLOUDFLARE_ACCOUNT_ID CLOUDFLARE_API_KEY CLOUDFLARE_EMAIL
    "$binary" --version
    "$binary" key put greeting "hello" --namespace-id demo
    value=$("$binary" key get greeting --namespace-id demo)
    [ "$value" = hello ] || fail "key get printed '$value', not 'hello'"
    status=0
    "$binary" key get missing --namespace-id demo 2>/dev/null || status=$?
    [ "$status" -eq 3 ] || fail "a missing key exited with $status, not 3"
    [ -d .wrangler/state/v3/kv ] || fail "no local state under .wrangler/state/v3/kv"
)
printf 'ok: quick start (put, get, exit 3 for a missing key)\n'

if [ ${#failed[@]} -gt 0 ]; then
    fail "did not check cleanly: ${failed[*]}"
fi
say "all passed: ${checked[*]} check; $musl builds static and runs"
