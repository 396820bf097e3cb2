#!/usr/bin/env python3
"""Records how the AWS CLI v2 reads configuration: for every case in scripts/config-cases.py,
runs `aws <argv>` in a home directory of its own (the case's files written into it, the case's
environment and nothing else) against a loopback capture server, and writes its exit code,
stdout, stderr (v2's `aws: ` label and usage already read as iotmit's) and the requests it sent
(with the access key, region and session token each was signed with) to
tests/fixtures/config.json.

usage: scripts/record-config.py AWS_CLI_V2_BINARY [--ours IOTMIT] [-k REGEX]
                                                              record the fixture
       scripts/record-config.py AWS_CLI_V2_BINARY --compare IOTMIT [-k REGEX]
                                                              run both, print every difference

With --ours, for a case marked `on_purpose` iotmit's own answer is recorded beside v2's ("ours"),
for the suite to hold iotmit to exactly. With -k only the matching cases are recorded again; the
others are kept.

The Rust test `configuration_cases_agree_with_the_aws_cli` in tests/suite/config.rs replays every
recorded case through iotmit.
"""
import importlib.util, json, os, re, subprocess, sys, tempfile, threading
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qsl

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), os.path.join(HERE, name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SERVER = load("record-calls.py")
QUEUE, LOG = SERVER.QUEUE, SERVER.LOG


class Handler(SERVER.Handler):
    """The capture server of record-calls.py, keeping also who signed each request, and the
    pairs of a form-encoded (STS) body."""

    def entry(self, raw):
        u = urlsplit(self.path)
        auth = self.headers.get("Authorization") or ""
        m = re.search(r"Credential=([^/,]+)/[0-9]{8}/([^/]*)/", auth)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = {"__raw__": raw.decode("utf-8", "replace")}
            if "Action=" in body["__raw__"]:
                # A form-encoded STS call: the session name holds the time; the rest is compared.
                form = dict(parse_qsl(body["__raw__"]))
                form.pop("RoleSessionName", None)
                body = {"form": sorted(form.items())}
        return {"method": self.command, "path": u.path,
                "query": sorted(parse_qsl(u.query, keep_blank_values=True)),
                "key": m.group(1) if m else None,
                "region": m.group(2) if m else None,
                "token": self.headers.get("X-Amz-Security-Token"),
                "body": body}


def load_cases():
    return load("config-cases.py").CASES


def fill(text, subst):
    for k, v in subst.items():
        text = text.replace("{" + k + "}", v)
    return text


def run(binary, case, url, is_aws):
    """Runs one case; returns what was sent and printed, with the home directory's path and the
    program's name replaced by placeholders."""
    QUEUE[:] = [dict(r) for r in case.get("responses", [])]
    LOG.clear()
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        os.makedirs(os.path.join(home, ".aws"))
        subst = {"URL": url, "HOME": home}
        for name, content in case.get("files", {}).items():
            path = os.path.join(home, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(fill(content, subst).encode().replace(b"{XFF}", b"\xff"))
            if name.endswith(".sh"):
                os.chmod(path, 0o755)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TZ": "UTC",
               "AWS_PAGER": "", "AWS_EC2_METADATA_DISABLED": "true", "LANG": "C.UTF-8"}
        for k, v in case.get("env", {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = fill(v, subst)
        argv = [fill(a, subst) for a in case["argv"]]
        if case.get("endpoint", True):
            argv += ["--endpoint-url", url]
        if not is_aws and argv and argv[0] == "iot":
            argv = argv[1:]
        try:
            p = subprocess.run([binary] + argv, capture_output=True, env=env, cwd=home,
                               timeout=case.get("timeout", 60), stdin=subprocess.DEVNULL)
            out, err, code = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
        except subprocess.TimeoutExpired:
            out, err, code = "", "<timeout>", -1
        err = err.replace(home, "{HOME}").replace(url, "{URL}")
        out = out.replace(home, "{HOME}").replace(url, "{URL}")
        if is_aws:
            err = re.sub(r"(?m)^aws: ", "iotmit: ", err)
            err = err.replace("usage: aws ", "usage: iotmit ")
    return {"requests": [dict(r) for r in LOG], "stdout": out, "stderr": err, "exit": code}


def main():
    args = sys.argv[1:]
    aws = args[0]
    compare = args[args.index("--compare") + 1] if "--compare" in args else None
    ours = args[args.index("--ours") + 1] if "--ours" in args else None
    pattern = re.compile(args[args.index("-k") + 1]) if "-k" in args else None
    cases = load_cases()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    out, failed = [], 0
    for case in cases:
        if pattern and not pattern.search(case["name"]):
            continue
        want = run(aws, case, url, True)
        if compare:
            got = run(compare, case, url, False)
            diffs = [k for k in ("exit", "stdout", "stderr", "requests") if got[k] != want[k]]
            if case.get("stderr") == "words" and "stderr" in diffs:
                diffs.remove("stderr")
            print(("ok   " if not diffs else "FAIL ") + case["name"])
            if diffs:
                failed += 1
                for k in diffs:
                    print(f"  {k}:\n    aws:    {want[k]!r}\n    iotmit: {got[k]!r}")
            continue
        rec = dict(case)
        rec["expect"] = want
        if ours and case.get("on_purpose"):
            rec["ours"] = run(os.path.abspath(ours), case, url, False)
        out.append(rec)
        print(f"{case['name']}: exit {want['exit']}, {len(want['requests'])} request(s)")
    if compare:
        print(f"{len([c for c in cases if not pattern or pattern.search(c['name'])]) - failed} agree, {failed} differ")
        sys.exit(1 if failed else 0)
    srv.shutdown()
    fixture = os.path.join(HERE, "..", "tests", "fixtures", "config.json")
    kept = {}
    if pattern and os.path.exists(fixture):
        with open(fixture) as f:
            kept = {c["name"]: c for c in json.load(f)}
    kept.update({c["name"]: c for c in out})
    out = [kept[c["name"]] for c in cases if c["name"] in kept]
    with open(fixture, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
