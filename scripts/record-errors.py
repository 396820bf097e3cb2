#!/usr/bin/env python3
"""Records how the AWS CLI v2 fails: for every case in scripts/error-cases.py, runs
`aws iot <args>` in a home of its own (holding the case's `files`, if any) against a loopback
server that answers with the case's canned responses, and writes the exit code, stdout and
stderr to tests/fixtures/errors.json (the endpoint URL written as `{endpoint}`).
`tests/suite/errors.rs` replays them through iotmit.

usage: scripts/record-errors.py AWS_CLI_V2 [--compare IOTMIT] [-k REGEX] [-v]

With -k only the cases whose name matches are run (and recorded again).

With --compare nothing is written: each case runs through both programs and the runner prints
`ok`/`FAIL` per case (stderr compared with `aws: [ERROR]:` read as `iotmit: [ERROR]:` and v2's
usage text as iotmit's), then
`N passed, N failed`; -v shows each difference.
"""
import argparse, importlib.util, json, os, re, subprocess, sys, tempfile, threading
from http.server import ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "errors.json")
# The usage text each program prints about itself.
AWS_USAGE = ("usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
             "To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n")
OUR_USAGE = ("usage: iotmit [options] <command> [parameters]\n"
             "To see help text, you can run:\n\n  iotmit help\n  iotmit <command> help\n")



def in_our_words(stderr):
    """v2's stderr as iotmit prints it: its own name in the error label and the usage."""
    return stderr.replace("aws: [ERROR]:", "iotmit: [ERROR]:").replace(AWS_USAGE, OUR_USAGE)

def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), os.path.join(HERE, name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SERVER = load("record-calls.py")


def write_files(home, case):
    """The case's `files`: text, bytes (`{"hex": ...}`) or directories (`{"dir": true}`)."""
    for name, content in case.get("files", {}).items():
        path = os.path.join(home, name)
        if isinstance(content, dict) and content.get("dir"):
            os.makedirs(path)
            continue
        data = bytes.fromhex(content["hex"]) if isinstance(content, dict) else content.encode()
        with open(path, "wb") as f:
            f.write(data)


def run(program, case, url):
    """Runs one case through `program` (a list: the binary and its leading words)."""
    SERVER.QUEUE[:] = [dict(r) for r in case.get("responses", [])]
    SERVER.LOG.clear()
    endpoint = case.get("endpoint", url)
    with tempfile.TemporaryDirectory() as home:
        os.makedirs(os.path.join(home, ".aws"))
        with open(os.path.join(home, ".aws", "config"), "w") as f:
            f.write(case.get("config", "[default]\nregion = us-east-1\n"))
        write_files(home, case)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AWS_", "IOTMIT_")) and k not in ("COLUMNS", "NO_COLOR")}
        env.update(HOME=home, AWS_PAGER="", TZ="UTC", AWS_EC2_METADATA_DISABLED="true")
        if not case.get("no_creds"):
            env.update(AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret")
        env.update(case.get("env", {}))
        p = subprocess.run(program + case["args"] + ["--endpoint-url", endpoint], capture_output=True,
                           text=True, env=env, cwd=home, timeout=120, stdin=subprocess.DEVNULL)
    norm = lambda s: s.replace(endpoint, "{endpoint}")
    return {"exit": p.returncode, "stdout": norm(p.stdout), "stderr": norm(p.stderr),
            "requests": len(SERVER.LOG)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("aws")
    ap.add_argument("--compare")
    ap.add_argument("-k")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), SERVER.Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    cases = [c for c in load("error-cases.py").CASES if not a.k or re.search(a.k, c["name"])]
    out, failed = [], 0
    for case in cases:
        ref = run([a.aws, "iot"], case, url)
        if not a.compare:
            rec = dict(case)
            rec["expect"] = ref
            out.append(rec)
            print(f"{case['name']}: exit {ref['exit']}, {ref['requests']} request(s)")
            continue
        ours = run([os.path.abspath(a.compare)], case, url)
        ref["stderr"] = in_our_words(ref["stderr"])
        ref["stderr"] = ref["stderr"].replace(json.dumps(AWS_USAGE)[1:-1], json.dumps(OUR_USAGE)[1:-1])
        diffs = [k for k in ("exit", "stdout", "stderr", "requests") if ref[k] != ours[k]]
        failed += bool(diffs)
        print(f"{'FAIL' if diffs else 'ok'} {case['name']}")
        for k in diffs if a.v else []:
            print(f"  {k}:\n    aws:    {ref[k]!r}\n    iotmit: {ours[k]!r}")
    srv.shutdown()
    if a.compare:
        print(f"{len(cases) - failed} passed, {failed} failed")
        sys.exit(1 if failed else 0)
    # With -k only the cases picked are recorded again; the others keep their recording.
    kept = {}
    if a.k and os.path.exists(FIXTURE):
        with open(FIXTURE) as f:
            kept = {c["name"]: c for c in json.load(f)}
    kept.update({c["name"]: c for c in out})
    out = [kept[c["name"]] for c in load("error-cases.py").CASES if c["name"] in kept]
    with open(FIXTURE, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
