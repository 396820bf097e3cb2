#!/usr/bin/env python3
"""Records golden calls from the AWS CLI v2: for every case in scripts/call-cases.py, runs
`aws iot <op> <args>` in a scratch directory of its own against a loopback capture server that
answers with the case's canned responses, and writes what the CLI sent and printed to
tests/fixtures/calls.json: for every case the requests, stdout, stderr (the scratch directory
written as `{dir}`, the server's address as `{endpoint}`), exit code and success, and the files
the case names ("outfiles": their text and mode afterwards, or null when there is none).

usage: scripts/record-calls.py AWS_CLI_V2 [--ours IOTMIT | --compare IOTMIT] [-k REGEX] [-v]

The Rust test `tests/suite/calls.rs` replays every case through iotmit against its own stub and
requires exactly the same exit code, stdout, stderr (v2's `aws: [ERROR]` label and usage read as
iotmit's), requests and files. A case marked `on_purpose` is one iotmit answers otherwise on
purpose (calls.rs says why): with --ours, iotmit's own answer to it is recorded beside v2's, as
"ours", for the suite to hold iotmit to exactly. With -k only the matching cases are recorded
again; the others are kept.

With --compare nothing is written: each case runs through both programs and the runner prints
`ok`/`FAIL` per case, then `N agree, N differ`; -v shows each difference.

A request is logged with its method, path, sorted query and JSON body, and with the headers the
model binds members to (`x-amzn-principal`) when it carries any.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile, threading
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import urlsplit, parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "calls.json")
QUEUE, LOG = [], []


def modeled_headers():
    """The headers the model binds input members to, as the model spells them."""
    with open(os.path.join(HERE, "..", "model", "iot-device-defender.json")) as f:
        shapes = json.load(f)["shapes"]
    return sorted({m["locationName"] for s in shapes.values() for m in s.get("members", {}).values()
                   if m.get("location") == "header"})


HEADERS = modeled_headers()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def entry(self, raw):
        """What the log keeps of a request whose body is `raw`."""
        u = urlsplit(self.path)
        entry = {"method": self.command, "path": u.path,
                 "query": sorted(parse_qsl(u.query, keep_blank_values=True)),
                 "body": json.loads(raw) if raw else None}
        headers = {h: self.headers[h] for h in HEADERS if self.headers.get(h) is not None}
        if headers:
            entry["headers"] = headers
        return entry

    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        LOG.append(self.entry(raw))
        resp = QUEUE.pop(0) if QUEUE else {"status": 200, "body": {}}
        # "raw": the body sent as it is written (not JSON), under its own Content-Type if given.
        if "raw" in resp:
            data = resp["raw"].encode()
        else:
            data = b"" if resp.get("body") is None else json.dumps(resp["body"]).encode()
        headers = resp.get("headers") or {}
        self.send_response(resp.get("status", 200))
        if not any(k.lower() == "content-type" for k in headers):
            self.send_header("Content-Type", "application/json")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


def load_cases():
    spec = importlib.util.spec_from_file_location("cases", os.path.join(HERE, "call-cases.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CASES


def run(program, case, url):
    """Runs one case through `program` (a list: the binary and its leading words) in a scratch
    directory of its own; returns what it sent, printed and wrote."""
    QUEUE[:] = [dict(r) for r in case.get("responses", [])]
    LOG.clear()
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in case.get("files", {}).items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(content)
        cfg = os.path.join(tmp, "config")
        with open(cfg, "w") as f:
            f.write("[default]\nregion = us-east-1\n")
            f.write(f"cli_timestamp_format = {case.get('ts', 'iso8601')}\n")
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AWS_", "IOTMIT_")) and k not in ("COLUMNS", "NO_COLOR")}
        env.update(AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret", AWS_CONFIG_FILE=cfg,
                   AWS_SHARED_CREDENTIALS_FILE=os.path.join(tmp, "nocreds"), AWS_PAGER="", TZ="UTC",
                   AWS_EC2_METADATA_DISABLED="true")
        p = subprocess.run(program + [case["op"]] + case["args"] + ["--endpoint-url", url],
                           capture_output=True, text=True, env=env, cwd=tmp, timeout=60,
                           stdin=subprocess.DEVNULL)
        written = {}
        for name in case.get("outfiles", []):
            path = os.path.join(tmp, name)
            if os.path.isfile(path):
                with open(path, encoding="utf-8", newline="") as f:
                    written[name] = {"text": f.read(), "mode": oct(os.stat(path).st_mode & 0o777)}
            else:
                written[name] = None
    reqs = [dict(r) for r in LOG]
    for r in reqs:
        if isinstance(r["body"], dict) and "clientRequestToken" in r["body"] \
                and "--client-request-token" not in case["args"]:
            r["body"]["clientRequestToken"] = "<generated>"
    # The scratch directory and the server's address, where printed, as placeholders.
    stderr = p.stderr.replace(tmp, "{dir}").replace(url, "{endpoint}")
    got = {"requests": reqs, "stdout": p.stdout, "success": p.returncode == 0,
           "exit": p.returncode, "stderr": stderr}
    if "outfiles" in case:
        got["files"] = written
    return got


def as_ours(ref):
    """v2's answer as iotmit gives it: its own name in the error label and usage."""
    spec = importlib.util.spec_from_file_location("errors", os.path.join(HERE, "record-errors.py"))
    errors = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(errors)
    return dict(ref, stderr=errors.in_our_words(ref["stderr"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("aws")
    ap.add_argument("--ours")
    ap.add_argument("--compare")
    ap.add_argument("-k")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    cases = [c for c in load_cases() if not a.k or re.search(a.k, c["name"])]
    out, differ = [], 0
    for case in cases:
        ref = run([a.aws, "iot"], case, url)
        if a.compare:
            ours = run([os.path.abspath(a.compare)], case, url)
            ref = as_ours(ref)
            diffs = [k for k in ref if ref[k] != ours[k]]
            differ += bool(diffs)
            print(f"{'FAIL' if diffs else 'ok'} {case['name']}")
            for k in diffs if a.v else []:
                print(f"  {k}:\n    aws:    {ref[k]!r}\n    iotmit: {ours[k]!r}")
            continue
        rec = dict(case)
        rec["expect"] = ref
        if a.ours and case.get("on_purpose"):
            rec["ours"] = run([os.path.abspath(a.ours)], case, url)
        out.append(rec)
        print(f"{case['name']}: exit {ref['exit']}, {len(ref['requests'])} request(s)")
    srv.shutdown()
    if a.compare:
        print(f"{len(cases) - differ} agree, {differ} differ")
        sys.exit(1 if differ else 0)
    kept = {}
    if a.k and os.path.exists(FIXTURE):
        with open(FIXTURE) as f:
            kept = {c["name"]: c for c in json.load(f)}
    kept.update({c["name"]: c for c in out})
    out = [kept[c["name"]] for c in load_cases() if c["name"] in kept]
    with open(FIXTURE, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
