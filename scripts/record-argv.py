#!/usr/bin/env python3
"""Records how the AWS CLI v2 reads command lines: for every case in scripts/argv-cases.py, runs
`aws iot <args>` in a home of its own against the loopback capture server of
scripts/record-calls.py, and writes the exit code, stdout, stderr and the requests sent to
tests/fixtures/argv.json. `tests/suite/argv.rs` replays them through iotmit.

usage: scripts/record-argv.py AWS_CLI_V2 [--ours IOTMIT | --compare IOTMIT] [-k REGEX] [-v]

Recording writes, for every case, v2's exit code, stdout, stderr and requests ("expect"); with
--ours, for a case marked `on_purpose` iotmit's own answer is recorded beside it ("ours"), for the
suite to hold iotmit to exactly. With -k only the matching cases are recorded again; the others
are kept.

With --compare nothing is written: each case runs through both programs and the runner prints
`ok`/`FAIL` per case (stderr compared with v2's label and usage read as iotmit's), then
`N agree, N differ`; -v shows each difference.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile, threading
from http.server import ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "argv.json")


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), os.path.join(HERE, name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SERVER = load("record-calls.py")
ERRORS = load("record-errors.py")
# The usage text each program prints about itself.


def words(case):
    """The words after the program: with `before`, those words and `iot` come first."""
    return case["before"] + ["iot"] + case["args"] if "before" in case else case["args"]


def run(program, case, url):
    """Runs one case through `program` (the binary, then `iot` for v2 unless the case writes
    it)."""
    SERVER.QUEUE[:] = []
    SERVER.LOG.clear()
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(os.path.join(home, ".aws"))
        with open(os.path.join(home, ".aws", "config"), "w") as f:
            f.write("[default]\nregion = us-east-1\n")
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AWS_", "IOTMIT_")) and k not in ("COLUMNS", "NO_COLOR")}
        env.update(HOME=home, AWS_PAGER="", TZ="UTC", AWS_EC2_METADATA_DISABLED="true",
                   AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret",
                   AWS_ENDPOINT_URL=url)
        p = subprocess.run(program + words(case), capture_output=True, text=True, env=env,
                           cwd=home, timeout=120, stdin=subprocess.DEVNULL)
    return {"exit": p.returncode, "stdout": p.stdout, "stderr": p.stderr.replace(url, "{endpoint}"),
            "requests": list(SERVER.LOG)}


def as_ours(ref):
    ref = dict(ref)
    ref["stderr"] = ERRORS.in_our_words(ref["stderr"])
    return ref


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
    cases = [c for c in load("argv-cases.py").CASES if not a.k or re.search(a.k, c["name"])]
    out, differ = [], 0
    for case in cases:
        ref = run([a.aws] if "before" in case else [a.aws, "iot"], case, url)
        if not a.compare:
            rec = dict(case)
            rec["expect"] = ref
            if a.ours and case.get("on_purpose"):
                rec["ours"] = run([os.path.abspath(a.ours)], case, url)
            out.append(rec)
            print(f"{case['name']}: exit {ref['exit']}, {len(ref['requests'])} request(s)")
            continue
        ours = run([os.path.abspath(a.compare)], case, url)
        ref = as_ours(ref)
        keys = case.get("compare", ["exit", "stdout", "stderr", "requests"])
        diffs = [k for k in keys if ref[k] != ours[k]]
        differ += bool(diffs)
        print(f"{'FAIL' if diffs else 'ok'} {case['name']}")
        for k in diffs if a.v else []:
            print(f"  {k}:\n    aws:    {ref[k]!r}\n    iotmit: {ours[k]!r}")
    srv.shutdown()
    if a.compare:
        print(f"{len(cases) - differ} agree, {differ} differ")
        sys.exit(1 if differ else 0)
    kept = {}
    if a.k and os.path.exists(FIXTURE):
        with open(FIXTURE) as f:
            kept = {c["name"]: c for c in json.load(f)}
    kept.update({c["name"]: c for c in out})
    out = [kept[c["name"]] for c in load("argv-cases.py").CASES if c["name"] in kept]
    with open(FIXTURE, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
