#!/usr/bin/env python3
"""Records how the AWS CLI v2 reads values: for every case in scripts/value-cases.py (aliases,
`file://`/`fileb://` values, timestamps, JSON of the wrong type), runs `aws iot <args>` (or
`aws <args>` for a toplevel alias) with HOME pointed at a scratch directory holding the case's
files, `.aws/config` and `.aws/cli/alias`, against a loopback capture server, and writes the
exit code, stdout, stderr and the requests sent to tests/fixtures/values.json (the home written
as `{home}`, the endpoint as `{endpoint}`, request tokens as `{uuid}`). `tests/suite/values.rs`
replays them through iotmit.

usage: scripts/record-values.py AWS_CLI_V2 [--ours IOTMIT | --compare IOTMIT] [-k REGEX] [-v]

A case with "why" is one where iotmit answers otherwise on purpose: with --ours, iotmit's own
answer to it is recorded beside v2's, as "ours", for the suite to hold iotmit to.

With --compare nothing is written: each case runs through both programs and the runner prints
`ok`/`FAIL` per case (v2's `aws: [ERROR]:` and usage read as iotmit's), then
`N passed, N failed`; -v shows each difference.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile, threading
from http.server import ThreadingHTTPServer
from urllib.parse import unquote

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "values.json")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), os.path.join(HERE, name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SERVER = load("record-calls.py")
# The usage texts, as the error recorder reads them.
ERRORS = load("record-errors.py")


def set_up(home, case):
    os.makedirs(os.path.join(home, ".aws", "cli"))
    with open(os.path.join(home, ".aws", "config"), "w") as f:
        f.write("[default]\nregion = us-east-1\n")
    if "alias" in case:
        with open(os.path.join(home, ".aws", "cli", "alias"), "w") as f:
            f.write(case["alias"])
    ERRORS.write_files(home, case)


def run(program, case, url):
    """Runs one case through `program` (a list: the binary and its leading words)."""
    SERVER.QUEUE[:] = []
    SERVER.LOG.clear()
    with tempfile.TemporaryDirectory() as home:
        set_up(home, case)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AWS_", "IOTMIT_")) and k not in ("COLUMNS", "NO_COLOR")}
        env.update(HOME=home, AWS_PAGER="", TZ="UTC", AWS_EC2_METADATA_DISABLED="true",
                   AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret")
        env.update(case.get("env", {}))
        p = subprocess.run(program + case["args"] + ["--endpoint-url", url], capture_output=True,
                           env=env, cwd=home, timeout=120, stdin=subprocess.DEVNULL)
        norm = lambda b: UUID.sub("{uuid}", b.decode("utf-8", "replace").replace(url, "{endpoint}")
                                  .replace(os.path.realpath(home), "{home}").replace(home, "{home}"))
    requests = [dict(r, path=unquote(r["path"])) for r in SERVER.LOG]
    requests = json.loads(UUID.sub("{uuid}", json.dumps(requests)))
    return {"exit": p.returncode, "stdout": norm(p.stdout), "stderr": norm(p.stderr),
            "requests": requests}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("aws")
    ap.add_argument("--compare")
    ap.add_argument("--ours")
    ap.add_argument("-k")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), SERVER.Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    cases = [c for c in load("value-cases.py").CASES if not a.k or re.search(a.k, c["name"])]
    out, failed = [], 0
    for case in cases:
        ref = run([a.aws] + ([] if case.get("toplevel") else ["iot"]), case, url)
        if not a.compare:
            out.append(dict(case, expect=ref))
            if a.ours and case.get("why"):
                out[-1]["ours"] = run([os.path.abspath(a.ours)], case, url)
            print(f"{case['name']}: exit {ref['exit']}, {len(ref['requests'])} request(s)")
            continue
        ours = run([os.path.abspath(a.compare)], case, url)
        ref["stderr"] = ERRORS.in_our_words(ref["stderr"])
        diffs = [k for k in ("exit", "stdout", "stderr", "requests") if ref[k] != ours[k]]
        failed += bool(diffs)
        print(f"{'FAIL' if diffs else 'ok'} {case['name']}")
        for k in diffs if a.v else []:
            print(f"  {k}:\n    aws:    {ref[k]!r}\n    iotmit: {ours[k]!r}")
    srv.shutdown()
    if a.compare:
        print(f"{len(cases) - failed} passed, {failed} failed")
        sys.exit(1 if failed else 0)
    kept = {}
    if a.k and os.path.exists(FIXTURE):
        with open(FIXTURE) as f:
            kept = {c["name"]: c for c in json.load(f)}
    kept.update({c["name"]: c for c in out})
    out = [kept[c["name"]] for c in load("value-cases.py").CASES if c["name"] in kept]
    with open(FIXTURE, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
