#!/usr/bin/env python3
"""wkv benchmarks: medians of repeated runs of the release binary, and peak memory.

Usage: python3 bench/bench.py [--quick] [--debug | --binary PATH] [--only local|remote|auth|browse|copy|big ...]
Builds `target/release/wkv` first (cargo build --release --locked), or with --debug uses the
debug build as it is, or times the given binary (another build of the same version: the
static musl one, say). Every figure is the
median of several runs; memory is the peak resident set size of the wkv process. Remote
figures are against a `wkv serve` process on 127.0.0.1 started by this script. Nothing here
reaches the internet.
"""

import argparse
import http.server
import fcntl
import json
import os
import pty
import struct
import termios
import threading
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WKV = os.path.join(ROOT, "target", "release", "wkv")
ACCOUNT = "0123456789abcdef0123456789abcdef"


def run(args, cwd, env=None, stdin=None):
    """Runs wkv once and returns the wall-clock seconds it took."""
    started = time.perf_counter()
    proc = subprocess.run([WKV] + args, cwd=cwd, env=env, stdin=stdin, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"wkv {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def peak_rss_mib(args, cwd, env=None, stdin=None):
    """Peak RSS of one run via /usr/bin/time (exact per process)."""
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", WKV] + args, cwd=cwd, env=env, stdin=stdin,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"wkv {' '.join(args)} failed: {proc.stderr.decode()[-2000:]}")
    return int(proc.stderr.decode().strip().splitlines()[-1]) / 1024


def median_seconds(label, runs, fn):
    times = []
    for _ in range(runs):
        times.append(fn())
    value = statistics.median(times)
    print(f"{label:<58} median {value * 1000:9.1f} ms  (n={runs}, min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")
    return value


def write_items(path, count, value_size, ndjson=False):
    value = "x" * value_size
    with open(path, "w") as f:
        if ndjson:
            for i in range(count):
                f.write(json.dumps({"key": f"key:{i:08d}", "value": value}) + "\n")
        else:
            f.write("[")
            for i in range(count):
                if i:
                    f.write(",")
                f.write(json.dumps({"key": f"key:{i:08d}", "value": value}))
            f.write("]")


class Server:
    def __init__(self, state_dir, extra=(), latency_ms=0):
        extra = list(extra) + (["--latency-ms", str(latency_ms)] if latency_ms else [])
        self.proc = subprocess.Popen([WKV, "serve", "--port", "0", "--persist-to", state_dir, *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.base_url = self.proc.stdout.readline().decode().strip()

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def remote_env(server):
    env = dict(os.environ)
    env.update({"CLOUDFLARE_API_BASE_URL": server.base_url, "CLOUDFLARE_API_TOKEN": "bench",
                "CLOUDFLARE_ACCOUNT_ID": ACCOUNT})
    return env


def create_namespace(server, title, token=None):
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        f"{server.base_url}/accounts/{ACCOUNT}/storage/kv/namespaces",
        data=json.dumps({"title": title}).encode(), method="POST", headers=headers)
    with urllib.request.urlopen(request) as response:
        return json.load(response)["result"]["id"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer runs, skip the 1 GiB file")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--workdir", default=None,
                        help="where to keep the state (e.g. /dev/shm to leave the disk out of the figures)")
    parser.add_argument("--latency-ms", type=int, default=100,
                        help="round-trip latency wkv serve adds to every request in the copy benchmarks")
    parser.add_argument("--binary", default=None,
                        help="time this wkv binary instead of building target/release/wkv")
    parser.add_argument("--wrangler", default=None,
                        help="a wrangler 4 executable: also time `wrangler kv bulk put --remote` against wkv serve")
    parser.add_argument("--debug", action="store_true",
                        help="time target/debug/wkv as it is, without a release build")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    global WKV
    if args.binary:
        WKV = os.path.abspath(args.binary)
    elif args.debug:
        WKV = os.path.join(ROOT, "target", "debug", "wkv")
    else:
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="wkv-bench-", dir=args.workdir)
    want = lambda name: args.only is None or name in args.only
    try:
        if want("local"):
            bench_local(work, runs)
        if want("remote"):
            bench_remote(work, runs, args.wrangler)
        if want("auth"):
            bench_auth(work, runs)
        if want("browse"):
            bench_browse(work, runs, args.quick)
        if want("copy"):
            bench_copy(work, args.latency_ms, 100_000 if args.quick else 1_000_000)
        if want("big") and not args.quick:
            bench_big_file(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_local(work, runs):
    print("== local state")
    items10k = os.path.join(work, "items10k.json")
    items100k = os.path.join(work, "items100k.json")
    write_items(items10k, 10_000, 100)
    write_items(items100k, 100_000, 100)
    cwd = os.path.join(work, "local")
    os.makedirs(cwd)
    run(["key", "put", "greeting", "hello", "--namespace-id", "bench"], cwd)
    median_seconds("key get (local)", runs * 3,
                   lambda: run(["key", "get", "greeting", "--namespace-id", "bench"], cwd))
    counter = iter(range(1000))
    median_seconds("bulk put 10,000 x 100 B (local, fresh namespace)", runs,
                   lambda: run(["bulk", "put", items10k, "--namespace-id", f"ten-{next(counter)}"], cwd))
    median_seconds("bulk put 100,000 x 100 B (local, fresh namespace)", runs,
                   lambda: run(["bulk", "put", items100k, "--namespace-id", f"hundred-{next(counter)}"], cwd))
    bench_lock_time(cwd, items10k, items100k, runs)
    run(["bulk", "put", items100k, "--namespace-id", "big"], cwd)
    median_seconds("key list of 100,000 keys to a pipe (local)", runs,
                   lambda: run(["key", "list", "--namespace-id", "big"], cwd))
    print(f"{'  peak memory of that listing':<58} {peak_rss_mib(['key', 'list', '--namespace-id', 'big'], cwd):9.1f} MiB")
    print(f"{'  peak memory listing 10,000 keys (for comparison)':<58} {peak_rss_mib(['key', 'list', '--namespace-id', 'ten-0'], cwd):9.1f} MiB")
    median_seconds("bulk export of 100,000 keys (local)", runs,
                   lambda: run(["bulk", "export", os.path.join(work, "export.json"), "--namespace-id", "big"], cwd))


def lock_ms(args, cwd):
    """The milliseconds `wkv -v` reports it held the namespace's SQLite write lock."""
    proc = subprocess.run([WKV, "-v"] + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"wkv {' '.join(args)} failed: {proc.stderr.decode()[-2000:]}")
    for line in proc.stderr.decode().splitlines():
        if line.startswith("Held the write lock"):
            return float(line.split(" for ")[1].split(" ms")[0])
    sys.exit(f"no lock report from wkv {' '.join(args)}")


def bench_lock_time(cwd, items10k, items100k, runs):
    """How long a local bulk put keeps other writers (a Worker under `wrangler dev`) out."""
    counter = iter(range(1000))
    for label, path in (("10,000", items10k), ("100,000", items100k)):
        fresh = [lock_ms(["bulk", "put", path, "--namespace-id", f"lock-{next(counter)}"], cwd)
                 for _ in range(runs)]
        print(f"{f'  write lock held, bulk put {label} (fresh namespace)':<58} median {statistics.median(fresh):9.1f} ms")
        # Every key replaced: the commit also collects the replaced values' ids.
        run(["bulk", "put", path, "--namespace-id", f"lock-again-{label}"], cwd)
        again = [lock_ms(["bulk", "put", path, "--namespace-id", f"lock-again-{label}"], cwd)
                 for _ in range(runs)]
        print(f"{f'  write lock held, bulk put {label} (every key replaced)':<58} median {statistics.median(again):9.1f} ms")


def bench_remote(work, runs, wrangler):
    print("== remote, against wkv serve on 127.0.0.1")
    items100k = os.path.join(work, "items100k-remote.json")
    write_items(items100k, 100_000, 100)
    server = Server(os.path.join(work, "served"))
    try:
        env = remote_env(server)
        cwd = os.path.join(work, "remote")
        os.makedirs(cwd)
        ns = create_namespace(server, "bench")
        run(["key", "put", "greeting", "hello", "--namespace-id", ns, "--remote"], cwd, env)
        median_seconds("key get --remote (end to end)", runs * 3,
                       lambda: run(["key", "get", "greeting", "--namespace-id", ns, "--remote"], cwd, env))
        counter = iter(range(1000))

        def put_fresh():
            target = create_namespace(server, f"bulk-{next(counter)}")
            return run(["bulk", "put", items100k, "--namespace-id", target, "--remote", "--rate-limit", "0"], cwd, env)

        median_seconds("bulk put 100,000 x 100 B --remote", runs, put_fresh)
        big = create_namespace(server, "export")
        run(["bulk", "put", items100k, "--namespace-id", big, "--remote", "--rate-limit", "0"], cwd, env)
        median_seconds("bulk export of 100,000 keys --remote", runs,
                       lambda: run(["bulk", "export", os.path.join(work, "export-remote.json"), "--namespace-id", big,
                                    "--remote", "--rate-limit", "0", "--concurrency", "8"], cwd, env))
        if wrangler:
            wrangler_env = dict(env, WRANGLER_SEND_METRICS="false", CLOUDFLARE_ACCOUNT_ID=ACCOUNT)
            target = create_namespace(server, "wrangler")
            started = time.perf_counter()
            subprocess.run([wrangler, "kv", "bulk", "put", items100k, "--namespace-id", target, "--remote"],
                           cwd=cwd, env=wrangler_env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"{'wrangler kv bulk put 100,000 x 100 B --remote (one run)':<58} {time.perf_counter() - started:9.2f} s")
        if shutil.which("wrk"):
            url = f"{server.base_url}/accounts/{ACCOUNT}/storage/kv/namespaces/{ns}/values/greeting"
            out = subprocess.run(["wrk", "-t2", "-c32", "-d5s", url], capture_output=True, text=True).stdout
            rate = [l for l in out.splitlines() if "Requests/sec" in l]
            print(f"{'wkv serve value reads (wrk -t2 -c32 -d5s)':<58} {rate[0].split()[-1] if rate else out}")
        else:
            print("wrk not installed (apt-get install wrk): skipping the server throughput figure")
    finally:
        server.stop()


class CountingProxy:
    """Forwards requests to a `wkv serve` and records each path, to show which calls wkv makes."""

    def __init__(self, target_base):
        origin = target_base.split("/client/v4")[0]
        paths = self.paths = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def forward(self):
                paths.append(self.path)
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else None
                request = urllib.request.Request(origin + self.path, data=body, method=self.command,
                                                 headers={k: v for k, v in self.headers.items() if k.lower() != "host"})
                try:
                    with urllib.request.urlopen(request) as response:
                        status, headers, data = response.status, response.headers, response.read()
                except urllib.error.HTTPError as error:
                    status, headers, data = error.code, error.headers, error.read()
                self.send_response(status)
                for name in ("content-type",):
                    if headers.get(name):
                        self.send_header(name, headers.get(name))
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = forward

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/client/v4"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()


def bench_auth(work, runs):
    """Remote reads signed in with a `wrangler login` session file, and proof that no account
    look-up is made when the account is known (config, variable or wrangler's cache)."""
    print("== signed in with wrangler's session file, against wkv serve on 127.0.0.1")
    token = "bench-oauth-token"
    other = "fedcba9876543210fedcba9876543210"
    server = Server(os.path.join(work, "served-auth"),
                    ["--token", token, "--account", f"{ACCOUNT}=Bench", "--account", f"{other}=Other"])
    proxy = CountingProxy(server.base_url)
    try:
        home = os.path.join(work, "auth-home")
        config = os.path.join(home, ".config", ".wrangler", "config")
        os.makedirs(config)
        with open(os.path.join(config, "default.toml"), "w") as f:
            f.write(f'oauth_token = "{token}"\nexpiration_time = "2099-01-01T00:00:00.000Z"\n'
                    f'refresh_token = "bench-refresh"\nscopes = [ "account:read", "workers_kv:write" ]\n')
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("CLOUDFLARE_", "CF_", "WRANGLER_", "WKV_"))}
        env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                    "CLOUDFLARE_API_BASE_URL": server.base_url, "CLOUDFLARE_ACCOUNT_ID": ACCOUNT})
        cwd = os.path.join(work, "auth-project")
        os.makedirs(cwd)
        ns = create_namespace(server, "auth", token)
        run(["key", "put", "greeting", "hello", "--namespace-id", ns, "--remote"], cwd, env)
        value = median_seconds("key get --remote, wrangler session credentials", runs * 3,
                               lambda: run(["key", "get", "greeting", "--namespace-id", ns, "--remote"], cwd, env))
        print(f"{'  target < 20 ms':<58} {'met' if value < 0.020 else 'MISSED'}")

        # Which requests does one `key get` make? Through the counting proxy.
        def requests_made(extra_env, project):
            os.makedirs(project, exist_ok=True)
            proxy.paths.clear()
            run_env = dict(env, CLOUDFLARE_API_BASE_URL=proxy.base_url)
            run_env.pop("CLOUDFLARE_ACCOUNT_ID")
            run_env.update(extra_env)
            subprocess.run([WKV, "key", "get", "greeting", "--namespace-id", ns, "--remote"], cwd=project,
                           env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return [p for p in proxy.paths if p.split("?")[0].endswith(("/accounts", "/memberships"))]

        from_config = os.path.join(work, "auth-config")
        os.makedirs(from_config)
        with open(os.path.join(from_config, "wrangler.toml"), "w") as f:
            f.write(f'name = "bench"\naccount_id = "{ACCOUNT}"\n')
        from_cache = os.path.join(work, "auth-cache")
        os.makedirs(os.path.join(from_cache, ".wrangler", "cache"))
        with open(os.path.join(from_cache, ".wrangler", "cache", "wrangler-account.json"), "w") as f:
            json.dump({"account": {"id": ACCOUNT, "name": "Bench"}}, f, indent=2)
        for label, extra, project in [
            ("account from CLOUDFLARE_ACCOUNT_ID", {"CLOUDFLARE_ACCOUNT_ID": ACCOUNT}, cwd),
            ("account from the config's account_id", {}, from_config),
            ("account from wrangler-account.json", {}, from_cache),
            ("account unknown (for comparison)", {}, os.path.join(work, "auth-unknown")),
        ]:
            lookups = requests_made(extra, project)
            print(f"{'  account look-ups, ' + label:<58} {len(lookups):3d} {' '.join(lookups)}")
    finally:
        proxy.stop()
        server.stop()

def run_json(args, cwd, env):
    """Runs wkv once with --output json and returns (seconds, the result object)."""
    started = time.perf_counter()
    proc = subprocess.run([WKV] + args + ["--output", "json"], cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"wkv {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed, json.loads(proc.stdout)


def bench_copy(work, latency_ms, memory_keys):
    """Copy and sync against wkv serve with added latency; the request counts are printed next
    to the floor (100 list pages + 1,000 bulk reads + 10 bulk writes for 100,000 keys). The copy
    runs with the defaults (no --concurrency; its ~1,110 requests fit the default --rate-limit of
    1,200 per 5 minutes) and with each --concurrency, side by side, one run each."""
    print(f"== copy and sync, against wkv serve with {latency_ms} ms added to every request")
    cwd = os.path.join(work, "copy")
    os.makedirs(cwd)
    items100k = os.path.join(work, "items100k-copy.json")
    write_items(items100k, 100_000, 100)
    server = Server(os.path.join(work, "served-copy"), latency_ms=latency_ms)
    try:
        env = remote_env(server)
        source = create_namespace(server, "copy-source")
        run(["bulk", "put", items100k, "--namespace-id", source, "--remote", "--rate-limit", "0"], cwd, env)
        results = []
        for n, label in enumerate(["defaults"] + [f"--concurrency {c}" for c in (4, 8, 16, 32, 64)]):
            create_namespace(server, f"copy-target-{n}")
            extra = label.split() if label.startswith("--") else []
            seconds, result = run_json(["copy", "remote:copy-source", f"remote:copy-target-{n}"] + extra, cwd, env)
            results.append((label, seconds))
            print(f"{f'copy 100,000 x 100 B remote to remote, {label}':<58} {seconds:9.2f} s  "
                  f"{result['requests']} requests (floor ~1,110), {result['written']} written")
        best = min(results[1:], key=lambda r: r[1])
        print(f"{'  defaults against the best (' + best[0] + ')':<58} {results[0][1] / best[1]:9.2f}x (goal: at most 1.2x)")

        extra = os.path.join(work, "extra.json")
        write_items(extra, 1_000, 10)
        with open(extra) as f:
            renamed = f.read().replace('"key:', '"extra:')
        with open(extra, "w") as f:
            f.write(renamed)
        target = create_namespace(server, "sync-target")
        run(["bulk", "put", items100k, "--namespace-id", target, "--remote", "--rate-limit", "0"], cwd, env)
        run(["bulk", "put", extra, "--namespace-id", target, "--remote", "--rate-limit", "0"], cwd, env)
        seconds, result = run_json(["bulk", "put", items100k, "--namespace-id", target, "--remote", "--sync",
                                    "--rate-limit", "0", "--concurrency", "16"], cwd, env)
        print(f"{'bulk put 100,000 items --sync onto 1,000 extra keys':<58} {seconds:9.2f} s  "
              f"{result['requests']} requests, {result['written']} written, {result['deleted']} deleted")
    finally:
        server.stop()

    local = os.path.join(work, "copy-local")
    os.makedirs(local)
    many = os.path.join(work, "many.ndjson")
    write_items(many, memory_keys, 100, ndjson=True)
    run(["bulk", "put", many, "--namespace-id", "many", "--local"], local)
    started = time.perf_counter()
    rss = peak_rss_mib(["copy", "local:many", "local:many-copy"], local)
    print(f"{f'copy {memory_keys:,} x 100 B local to local: peak RSS':<58} {rss:9.1f} MiB  "
          f"({time.perf_counter() - started:.1f} s)")


def bench_big_file(work):
    print("== a 1 GiB bulk file")
    path = os.path.join(work, "big.json")
    # 1 GiB: 262,144 items of 4 KiB values.
    write_items(path, 262_144, 4096)
    size = os.path.getsize(path) / (1 << 30)
    cwd = os.path.join(work, "bigfile")
    os.makedirs(cwd)
    started = time.perf_counter()
    peak = peak_rss_mib(["bulk", "put", path, "--namespace-id", "big"], cwd)
    print(f"{f'bulk put of a {size:.2f} GiB JSON file (local)':<58} {time.perf_counter() - started:9.1f} s, peak {peak:.1f} MiB")
    server = Server(os.path.join(work, "served-big"))
    try:
        env = remote_env(server)
        ns = create_namespace(server, "big")
        started = time.perf_counter()
        peak = peak_rss_mib(["bulk", "put", path, "--namespace-id", ns, "--remote", "--rate-limit", "0"], cwd, env)
        print(f"{f'bulk put of a {size:.2f} GiB JSON file --remote':<58} {time.perf_counter() - started:9.1f} s, peak {peak:.1f} MiB")
    finally:
        server.stop()


def run_on_pty(args, cwd, time_file=None):
    """Runs wkv on a pseudo-terminal of 100x30 (as `wkv browse` needs), draining what it draws;
    returns the wall-clock seconds until it exited. With `time_file`, /usr/bin/time writes the
    peak RSS (KiB) there."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    command = [WKV] + args
    if time_file:
        command = ["/usr/bin/time", "-f", "%M", "-o", time_file] + command
    env = dict(os.environ, TERM="xterm-256color")

    def drain():
        try:
            while os.read(master, 65536):
                pass
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave,
                            start_new_session=True)
    reader.start()
    code = proc.wait()
    elapsed = time.perf_counter() - started
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    if code != 0:
        sys.exit(f"wkv {' '.join(args)} failed ({code})")
    return elapsed


def bench_browse(work, runs, quick):
    print("== wkv browse (on a pseudo-terminal, 100x30)")
    cwd = os.path.join(work, "browse")
    os.makedirs(cwd)
    items = os.path.join(work, "browse100k.json")
    write_items(items, 100_000, 100)
    run(["bulk", "put", items, "--namespace-id", "hundred"], cwd)
    # --exit-after is a hidden switch for this: quit once the first screen of keys is drawn.
    median_seconds("browse: start to first screen of keys drawn, 100,000 keys", runs * 3,
                   lambda: run_on_pty(["browse", "--namespace-id", "hundred", "--exit-after", "first-draw"], cwd))
    count = 100_000 if quick else 1_000_000
    items = os.path.join(work, "browse-million.ndjson")
    write_items(items, count, 10, ndjson=True)
    run(["bulk", "put", items, "--namespace-id", "million"], cwd)
    os.remove(items)
    time_file = os.path.join(work, "browse-time.txt")
    elapsed = run_on_pty(["browse", "--namespace-id", "million", "--exit-after", "end"], cwd, time_file)
    with open(time_file) as f:
        peak = int(f.read().strip().splitlines()[-1]) / 1024
    print(f"{f'browse: list and scroll to the end of {count:,} keys':<58} {elapsed:9.2f} s, peak {peak:.1f} MiB")


if __name__ == "__main__":
    main()
