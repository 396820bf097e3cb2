#!/usr/bin/env python3
"""Records how the AWS CLI v2 prints results: for every case in scripts/rendering-cases.py, runs
`aws iot <args> --output FORMAT` against a loopback server that answers with the case's canned
responses, once for `json` and once for each of the case's formats, and writes the exit code,
stdout (and stderr when v2 fails) to tests/fixtures/renderings.json.

usage: scripts/record-renderings.py AWS_CLI_V2_BINARY

A case with `columns` runs with stdout on a pseudo-terminal of that width (v2 fits tables to
it), any other with stdout a pipe (v2's tables then fit 80 columns). `tests/suite/renderings.rs`
renders v2's JSON document (or the case's `pages`, for a listing printed page by page) with
iotmit's text, table and YAML renderers and requires v2's stdout bytes; where v2's formatter
failed, the same failure.
"""
import fcntl, json, os, pty, runpy, struct, subprocess, sys, tempfile, termios, threading
from http.server import ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "renderings.json")
# The capture server of record-calls.py: its QUEUE of responses, its LOG of requests.
SERVER = runpy.run_path(os.path.join(HERE, "record-calls.py"))
QUEUE, LOG = SERVER["QUEUE"], SERVER["LOG"]


def on_terminal(argv, env, cwd, columns):
    """Runs argv with stdout on a pseudo-terminal `columns` wide (output bytes untranslated):
    its exit code, stdout and stderr."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST  # no "\n" -> "\r\n"
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=slave, stderr=err, env=env, cwd=cwd)
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            out += chunk
        os.close(master)
        code = p.wait(timeout=60)
        err.seek(0)
        return code, out.decode(), err.read().decode()


def run(aws, case, fmt, url):
    QUEUE[:] = [dict(r) for r in case["responses"]]
    LOG.clear()
    with tempfile.TemporaryDirectory() as home:
        cfg = os.path.join(home, "config")
        with open(cfg, "w") as f:
            f.write("[default]\nregion = us-east-1\n")
            f.write(f"cli_timestamp_format = {case.get('ts', 'iso8601')}\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k not in ("COLUMNS", "NO_COLOR")}
        env.update(HOME=home, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret", AWS_CONFIG_FILE=cfg,
                   AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "nocreds"), AWS_PAGER="", TZ="UTC",
                   AWS_EC2_METADATA_DISABLED="true")
        argv = [aws, "iot"] + case["args"] + ["--output", fmt, "--endpoint-url", url]
        if case.get("columns") and fmt != "json":
            code, out, err = on_terminal(argv, env, home, case["columns"])
        else:
            p = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=home, timeout=60,
                               stdin=subprocess.DEVNULL)
            code, out, err = p.returncode, p.stdout, p.stderr
    if len(LOG) != len(case["responses"]):
        sys.exit(f"{case['name']} --output {fmt}: {len(LOG)} requests for "
                 f"{len(case['responses'])} responses (exit {code}): {err}")
    printed = {"exit": code, "stdout": out}
    if code != 0:
        printed["stderr"] = err
    return printed


def main():
    aws = sys.argv[1]
    cases = runpy.run_path(os.path.join(HERE, "rendering-cases.py"))["CASES"]
    srv = ThreadingHTTPServer(("127.0.0.1", 0), SERVER["Handler"])
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    out = []
    for case in cases:
        rec = {k: v for k, v in case.items() if k != "formats"}
        rec["outputs"] = {fmt: run(aws, case, fmt, url) for fmt in ["json"] + case["formats"]}
        out.append(rec)
        print(f"{case['name']}: " + ", ".join(f"{f} exit {o['exit']}" for f, o in rec["outputs"].items()))
    with open(FIXTURE, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    srv.shutdown()


if __name__ == "__main__":
    main()
