#!/usr/bin/env node
// Runs the native wkv binary that npm installed from the platform package matching this
// machine (an optionalDependency of this package), with the same arguments and stdio.
//
// The launcher must not change wkv's interface, so unlike a plain spawnSync wrapper it:
// - passes wkv's exit code through (0 ok, 1 failed, 2 usage, 3 not found);
// - dies of the same signal when wkv died of one, so the caller never sees a 0 for a killed job;
// - ignores Ctrl-C (SIGINT): the terminal sends it to wkv too, and wkv rolls back before it
//   exits, so the launcher waits for wkv's own exit code instead of returning the prompt early;
// - forwards SIGTERM and SIGHUP sent to the launcher alone (a supervisor, `kill PID`) and waits,
//   so wkv never goes on writing after its caller was told the command stopped.
// Plain Node (>= 18), no dependencies.
"use strict";

const { spawn } = require("node:child_process");

// `${process.platform} ${process.arch}` -> the npm package holding that platform's binary.
// Linux binaries are static (musl), so one package per CPU serves glibc and musl systems alike.
const PLATFORM_PACKAGES = {
  "linux x64": "@wkv/cli-linux-x64",
  "linux arm64": "@wkv/cli-linux-arm64",
  "darwin x64": "@wkv/cli-darwin-x64",
  "darwin arm64": "@wkv/cli-darwin-arm64",
  "win32 x64": "@wkv/cli-win32-x64",
};

const FORWARDED_SIGNALS = ["SIGTERM", "SIGHUP"];

/** Prints an error in wkv's own style (`error:` then `hint:` lines) and exits 1. */
function fail(message, hints) {
  const lines = [`error: ${message}`, ...hints.map((hint) => `hint: ${hint}`)];
  process.stderr.write(lines.join("\n") + "\n");
  process.exit(1);
}

function binaryPath() {
  if (process.env.WKV_BINARY) {
    return process.env.WKV_BINARY;
  }
  const platform = `${process.platform} ${process.arch}`;
  const packageName = PLATFORM_PACKAGES[platform];
  if (!packageName) {
    fail(`wkv has no prebuilt binary for ${platform}`, [
      "build it from source with `cargo install wkv-cli --locked` (Rust 1.80+ and a C compiler)",
      "then point WKV_BINARY at the binary, or call it directly",
    ]);
  }
  const file = process.platform === "win32" ? "wkv.exe" : "wkv";
  try {
    return require.resolve(`${packageName}/bin/${file}`);
  } catch {
    fail(`the wkv binary for ${platform} is not installed (npm package ${packageName} is missing)`, [
      `npm installs ${packageName} as an optional dependency of wkv: installing with --omit=optional (or --no-optional) leaves it out`,
      "a package-lock.json written on another platform can lack it too (an npm bug with optional dependencies): delete node_modules and the lock file, then install again",
      "or set WKV_BINARY to the path of a wkv binary",
    ]);
  }
}

function run() {
  const binary = binaryPath();
  const child = spawn(binary, process.argv.slice(2), { stdio: "inherit", windowsHide: false });

  // Ctrl-C reaches wkv from the terminal (same process group); the launcher only waits.
  const ignoreInterrupt = () => {};
  process.on("SIGINT", ignoreInterrupt);
  const forwarders = FORWARDED_SIGNALS.map((signal) => {
    const forward = () => {
      // The child may already be gone; then its exit event follows and decides.
      try {
        child.kill(signal);
      } catch {}
    };
    // SIGHUP does not exist on Windows; Node accepts the listener and never fires it.
    process.on(signal, forward);
    return [signal, forward];
  });
  const removeHandlers = () => {
    process.removeListener("SIGINT", ignoreInterrupt);
    for (const [signal, forward] of forwarders) {
      process.removeListener(signal, forward);
    }
  };

  child.on("error", (err) => {
    removeHandlers();
    fail(`cannot run ${binary}: ${err.message}`, [
      "reinstall wkv (delete node_modules and the lock file, then install again), or set WKV_BINARY to a working wkv binary",
    ]);
  });

  child.on("exit", (code, signal) => {
    removeHandlers();
    if (signal) {
      // Die of the same signal so the caller sees 128+N (130, 137, 143), never 0.
      process.kill(process.pid, signal);
      // Only reached where the signal cannot kill this process (Windows): still a failure.
      setTimeout(() => process.exit(1), 1000).unref();
      return;
    }
    process.exit(code);
  });
}

run();
