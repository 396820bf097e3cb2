#!/usr/bin/env python3
"""Turns the data scripts/bench leaves in target/bench/ into Markdown tables.

    bench-report.py DIR                      print the results
    bench-report.py DIR --update FILE        replace the part of FILE between
                                             <!-- bench:begin --> and <!-- bench:end -->
    bench-report.py DIR --check              the describe call's targets; exit 1 if missed

Times are hyperfine medians (the machine may be shared; medians resist the outliers that
other load causes, means do not); ratios are taken from medians of the same run.
"""

import json
import os
import shlex
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def load_meta(d):
    meta = {}
    with open(os.path.join(d, "meta.env")) as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" not in line:
                continue
            key, value = line.split("=", 1)
            parts = shlex.split(value) if value else [""]
            meta[key] = parts[0] if parts else ""
    return meta


def hf(d, name):
    """The first result of a hyperfine export, or None."""
    path = os.path.join(d, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)["results"][0]


def ms(r):
    return None if r is None else r["median"] * 1000


def fmt_ms(v):
    if v is None:
        return "–"
    if v >= 100:
        return f"{v:,.0f} ms"
    if v >= 10:
        return f"{v:.1f} ms"
    return f"{v:.2f} ms"


def fmt_ratio(v):
    return "–" if v is None else f"{v:.1f}×" if v >= 10 else f"{v:.2f}×"


def ok(flag):
    return "met" if flag else "**missed**"


def fmt_ir(v):
    return "–" if v is None else f"{v / 1e6:.2f} M"


def ir(m, name):
    v = m.get(f"ir_{name}")
    return int(v) if v else None


# The describe call: at most this share of the floor's median time, at most these instructions.
DESCRIBE_VS_FLOOR = 0.5
DESCRIBE_IR = 8e6
# --local describe: at most half of the 23.6 M instructions it took with TLS set up eagerly.
LOCAL_IR = 11.8e6


def describe_targets(d, m):
    it = ms(hf(d, "call-describe-iotmit"))
    fl = ms(hf(d, "call-describe-floor"))
    out = []
    if it and fl:
        out.append((f"describe: at most {DESCRIBE_VS_FLOOR}× the floor's time", f"{it / fl:.2f}×",
                    it / fl <= DESCRIBE_VS_FLOOR))
    n = ir(m, "describe_iotmit")
    if n is not None:
        out.append((f"describe: at most {DESCRIBE_IR / 1e6:.0f} M instructions", fmt_ir(n), n <= DESCRIBE_IR))
    return out


def criterion_rows(crit_dir):
    rows = []
    if not crit_dir or not os.path.isdir(crit_dir):
        return rows
    for root, _dirs, files in os.walk(crit_dir):
        if os.path.basename(root) != "new" or "benchmark.json" not in files:
            continue
        with open(os.path.join(root, "benchmark.json")) as f:
            b = json.load(f)
        with open(os.path.join(root, "estimates.json")) as f:
            e = json.load(f)
        tp = b.get("throughput") or {}
        unit, amount = next(iter(tp.items())) if tp else (None, None)
        rows.append(
            {
                "group": b["group_id"],
                "size": int(b["value_str"]) if b.get("value_str", "").isdigit() else b.get("value_str"),
                "ns": e["median"]["point_estimate"],
                "unit": unit,
                "amount": amount,
            }
        )
    rows.sort(key=lambda r: (r["group"], r["size"]))
    return rows


def fmt_ns(ns):
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def report(d):
    m = load_meta(d)
    out = []
    w = out.append
    n_aws = int(m.get("aws_count", "0") or 0)
    aws = [m[f"aws_{i}_label"] for i in range(n_aws)]
    quick = m.get("quick") == "1"

    w(f"Measured {m['date']} at commit `{m['commit']}` by `scripts/bench`"
      + (" --quick (a smoke run: few samples)" if quick else "") + ".\n")
    w("| machine | |")
    w("| --- | --- |")
    w(f"| CPU | {m['cpu']}, {m['cores']} cores |")
    w(f"| memory | {m['memory']} |")
    w(f"| system | {m['os']}, {m['kernel']} |")
    w(f"| toolchain | {m['rustc']} |")
    tools = [m["hyperfine"], m.get("valgrind"), m.get("wrk")]
    w(f"| tools | {', '.join(t for t in tools if t)} |")
    for i in range(n_aws):
        w(f"| AWS CLI | {m[f'aws_{i}_version']} |")
    w(f"| load average (1, 5, 15 min) | {m['load_before']} before, {m['load_after']} after |")
    w("")

    targets = []

    # 1. one call
    w("### One call against the local endpoint\n")
    head = "| call | iotmit | floor (bare SDK) | " + "".join(f"{a} | " for a in aws)
    head += "iotmit ÷ floor | " + "".join(f"{a} ÷ iotmit | " for a in aws)
    w(head.rstrip())
    w("|" + " --- |" * (3 + 2 * n_aws + 1))
    describe_only = m.get("describe_only") == "1"
    for call in ("describe",) if describe_only else ("describe", "list"):
        it = ms(hf(d, f"call-{call}-iotmit"))
        fl = ms(hf(d, f"call-{call}-floor"))
        aw = [ms(hf(d, f"call-{call}-aws{i}")) for i in range(n_aws)]
        vs_floor = it / fl if it and fl else None
        speedups = [a / it if a and it else None for a in aw]
        row = f"| {call}-mitigation-action{'s' if call == 'list' else ''} | {fmt_ms(it)} | {fmt_ms(fl)} | "
        row += "".join(f"{fmt_ms(a)} | " for a in aw)
        row += f"{fmt_ratio(vs_floor)} | " + "".join(f"{fmt_ratio(s)} | " for s in speedups)
        w(row.rstrip())
        if call == "list" and vs_floor is not None:
            targets.append((f"{call}: at most 0.5× the floor's time", f"{vs_floor:.2f}×", vs_floor <= 0.5))
            n = ir(m, "list_iotmit")
            if n is not None:
                targets.append((f"{call}: at most 8 M instructions", fmt_ir(n), n <= 8e6))
        if call == "describe":
            targets.extend(describe_targets(d, m))
        for a, s in zip(aws, speedups):
            if s is not None:
                targets.append((f"{call}: ≥30× faster than {a}", f"{s:.0f}×", s >= 30))
    w("\nMedians of hyperfine runs (`-N`, 3 warm-ups); each command is one process, start to exit.\n")

    # 7. instructions
    w("### Instructions (callgrind)\n")
    w("| run | iotmit | floor (bare SDK) | iotmit ÷ floor | iotmit wall time ÷ floor |")
    w("| --- | --- | --- | --- | --- |")
    runs = [("describe-mitigation-action", "describe_iotmit", "describe_floor", "call-describe")]
    if not describe_only:
        runs += [("list-mitigation-actions (one page)", "list_iotmit", "list_floor", "call-list"),
                 ("10,000 actions, json (40 pages)", "big_json_iotmit", "big_floor", None),
                 ("create-mitigation-action --generate-cli-skeleton", "skeleton_iotmit", None, None),
                 ("--local describe-mitigation-action", "local_describe_iotmit", None, None)]
    for label, mine, floors, times in runs:
        a, b = ir(m, mine), ir(m, floors) if floors else None
        if times:
            ta, tb = ms(hf(d, f"{times}-iotmit")), ms(hf(d, f"{times}-floor"))
        elif mine == "big_json_iotmit":
            ta, tb = ms(hf(d, "big-json-iotmit")), ms(hf(d, "big-floor"))
        else:
            ta = tb = None
        w(f"| {label} | {fmt_ir(a)} | {fmt_ir(b)} | {fmt_ratio(a / b) if a and b else '–'} | "
          f"{fmt_ratio(ta / tb) if ta and tb else '–'} |")
    w("\nEach count is one run of the release binary under `valgrind --tool=callgrind` (the "
      "instructions of the process; the endpoint it calls runs in another one, except with "
      "`--local`).\n")
    if describe_only:
        return finish(out, targets)

    # 2. no network
    w("### No network\n")
    w("| command | median | mean ± σ | min |")
    w("| --- | --- | --- | --- |")
    for name, label in (("local-skeleton", "create-mitigation-action --generate-cli-skeleton"),
                        ("local-help", "create-mitigation-action --help"),
                        ("local-invalid", "create-mitigation-action refused by validation (exit 252)")):
        r = hf(d, name)
        if r is None:
            continue
        w(f"| {label} | {fmt_ms(r['median'] * 1000)} | {r['mean'] * 1000:.2f} ± {r['stddev'] * 1000:.2f} ms | {fmt_ms(r['min'] * 1000)} |")
        targets.append((f"{label.split(' (')[0]}: under 1.5 ms", fmt_ms(r["median"] * 1000), r["median"] * 1000 < 1.5))
    w("")

    # 3 + 4. 10,000 actions
    w("### 10,000 actions (40 pages of 250)\n")
    head = "| --output | iotmit | " + "".join(f"{a} | " for a in aws) + "".join(f"{a} ÷ iotmit | " for a in aws)
    head += "iotmit peak RSS | " + "".join(f"{a} peak RSS | " for a in aws) + "iotmit bytes | " + "".join(f"{a} bytes | " for a in aws)
    w(head.rstrip())
    w("|" + " --- |" * (1 + 1 + 2 * n_aws + 1 + n_aws + 1 + n_aws))
    notes = []
    for fmt in ("json", "text", "table", "yaml"):
        it = ms(hf(d, f"big-{fmt}-iotmit"))
        aw = [ms(hf(d, f"big-{fmt}-aws{i}")) for i in range(n_aws)]
        speedups = [a / it if a and it else None for a in aw]
        rss = int(m.get(f"rss_iotmit_{fmt}", "0") or 0)
        aws_rss = [int(m.get(f"rss_aws{i}_{fmt}", "0") or 0) for i in range(n_aws)]
        label = fmt + (" ¹" if m.get(f"big_iotmit_{fmt}_is_json") == "1" else "")
        if m.get(f"big_iotmit_{fmt}_is_json") == "1" and not notes:
            notes.append("¹ this build prints JSON for this format (the format is not implemented "
                         "yet): what is timed is JSON output.")
        row = f"| {label} | {fmt_ms(it)} | " + "".join(f"{fmt_ms(a)} | " for a in aw)
        row += "".join(f"{fmt_ratio(s)} | " for s in speedups)
        row += f"{rss / 1024:.1f} MiB | " + "".join(f"{r / 1024:.1f} MiB | " if r else "– | " for r in aws_rss)
        row += f"{int(m.get(f'big_iotmit_{fmt}_bytes', 0)):,} | "
        row += "".join("no such format | " if m.get(f"big_aws{i}_{fmt}_unsupported") == "1"
                       else f"{int(m.get(f'big_aws{i}_{fmt}_bytes', 0)):,} | " for i in range(n_aws))
        w(row.rstrip())
        want = 30 if fmt == "json" else 20
        for a, s in zip(aws, speedups):
            if s is not None:
                targets.append((f"10,000 actions, {fmt}: ≥{want}× faster than {a}", f"{s:.0f}×", s >= want))
        big_floor = ms(hf(d, "big-floor"))
        if fmt == "json" and it and big_floor:
            targets.append(("10,000 actions, json: at most 1.0× the floor's time", f"{it / big_floor:.2f}×",
                            it / big_floor <= 1.0))
        targets.append((f"10,000 actions, {fmt}: peak RSS under 30 MB", f"{rss / 1024:.1f} MiB", rss / 1024 < 30))
    for n in notes:
        w("\n" + n)
    if hf(d, "big-query-json-iotmit"):
        w("\nWith `--query`: in json a filter and a multi-select hash "
          "(``actionIdentifiers[?contains(actionName, `\"1\"`)].{name: actionName, date: creationDate}``), "
          "in text a projection (`actionIdentifiers[].actionName`, applied to each page):\n")
        w("| --output | iotmit | " + "".join(f"{a} | " for a in aws).rstrip())
        w("|" + " --- |" * (2 + n_aws))
        for fmt in ("json", "text"):
            it = ms(hf(d, f"big-query-{fmt}-iotmit"))
            aw = [ms(hf(d, f"big-query-{fmt}-aws{i}")) for i in range(n_aws)]
            w((f"| {fmt} | {fmt_ms(it)} | " + "".join(f"{fmt_ms(a)} | " for a in aw)).rstrip())
    floor = ms(hf(d, "big-floor"))
    if floor:
        w(f"\nThe floor (`examples/floor.rs`) fetches and decodes the same 40 pages through the SDK "
          f"in {fmt_ms(floor)} and prints only their count: the part of iotmit's time that any "
          f"SDK-based client pays against this endpoint before it formats anything.")
    w("\nPeak RSS is the largest of 3 runs of GNU `time -f %M`.\n")

    # binary
    size = int(m["iotmit_bytes"])
    w("### Binary\n")
    w("| binary | size |")
    w("| --- | --- |")
    w(f"| target/release/iotmit ({m['iotmit_stripped']}) | {size / 1e6:.1f} MB ({size:,} bytes) |")
    w(f"| target/floor/examples/floor | {int(m['floor_bytes']) / 1e6:.1f} MB |")
    w("")
    targets.append(("stripped release binary under 20 MB", f"{size / 1e6:.1f} MB", size < 20e6))

    # 5. local endpoint
    w("### The local endpoint\n")
    w("| load | describe requests/s | p50 latency | p99 latency |")
    w("| --- | --- | --- | --- |")
    for conns, label in (("1", "1 connection (wrk -t1 -c1)"), ("32", "32 connections (wrk -t2 -c32)")):
        rps = m.get(f"wrk_c{conns}_rps")
        if rps:
            w(f"| {label} | {float(rps):,.0f} | {m.get(f'wrk_c{conns}_p50')} | {m.get(f'wrk_c{conns}_p99')} |")
    rps32 = float(m.get("wrk_c32_rps", "0") or 0)
    targets.append((f"local endpoint: ≥5,000 describe req/s on {m['cores']} cores", f"{rps32:,.0f}/s", rps32 >= 5000))
    w("\nwrk runs on the same cores as the endpoint (`scripts/bench-describe.lua` signs with a fixed "
      "`Authorization: AWS4-HMAC-SHA256 …` header).\n")
    w("| one command with `--local` (endpoint in-process, state in SQLite) | median | min |")
    w("| --- | --- | --- |")
    for name, label in (("local-describe", "describe-mitigation-action"), ("local-list", "list-mitigation-actions")):
        r = hf(d, name)
        if r is None:
            continue
        w(f"| {label} | {fmt_ms(r['median'] * 1000)} | {fmt_ms(r['min'] * 1000)} |")
        if name == "local-describe":
            targets.append((f"--local {label}: at most 3 ms", fmt_ms(r["median"] * 1000), r["median"] * 1000 <= 3))
        else:
            targets.append((f"--local {label}: under 15 ms", fmt_ms(r["median"] * 1000), r["median"] * 1000 < 15))
    n = ir(m, "local_describe_iotmit")
    if n is not None:
        targets.append((f"--local describe-mitigation-action: at most {LOCAL_IR / 1e6:.1f} M instructions "
                        f"(half of {2 * LOCAL_IR / 1e6:.1f} M)", fmt_ir(n), n <= LOCAL_IR))
    w("")

    # 6. criterion
    rows = criterion_rows(m.get("criterion_dir"))
    if rows:
        w("### cargo bench (criterion)\n")
        w("| benchmark | input | median | throughput | cost per unit vs the input before (4× smaller) |")
        w("| --- | --- | --- | --- | --- |")
        last = {}
        for r in rows:
            per = r["ns"] / r["amount"] if r["amount"] else None
            before = last.get(r["group"])
            last[r["group"]] = per
            unit = "B" if r["unit"] == "Bytes" else "elements"
            if r["unit"] == "Bytes":
                tp = f"{r['amount'] / r['ns'] * 1e9 / 2**20:.0f} MiB/s"
                size = f"{r['amount'] / 2**10:,.0f} KiB"
            else:
                tp = f"{r['amount'] / r['ns'] * 1e9 / 1e6:.1f} M{unit}/s"
                size = f"{r['amount']:,} {unit}"
            if str(r["group"]).startswith("shorthand/") and r["unit"] == "Bytes" and "list" in r["group"]:
                size = f"{r['size']:,} items ({r['amount'] / 2**10:,.0f} KiB)"
            step = f"{per / before:.2f}×" if per and before else "–"
            w(f"| {r['group']} | {size} | {fmt_ns(r['ns'])} | {tp} | {step} |")
        for group, per in last.items():
            sizes = [r for r in rows if r["group"] == group]
            if len(sizes) >= 2 and sizes[-2]["amount"]:
                prev = sizes[-2]["ns"] / sizes[-2]["amount"]
                targets.append((f"{group}: linear growth (cost per unit, largest input vs the one before)",
                                f"{per / prev:.2f}×", per / prev < 1.5))
        w("\nLinear growth keeps the cost per byte or element flat from one input to the next, 4× "
          "larger; a step up where the input outgrows the CPU's caches is memory, not the "
          "algorithm, and the last step (both inputs out of cache) is the one checked.\n")

    # 8. the fleet
    if "fleet_load_s" in m:
        w("### A fleet on the local endpoint\n")
        w("100,000 device certificates, each attached to a thing of its own, and 1,000 policies "
          "(`scripts/fleet-seed.py`), loaded from a seed by `local serve`, then audited with the "
          "13 certificate and policy checks (start to `wait audit-task-complete`).\n")
        w("| what | measured | target |")
        w("| --- | --- | --- |")
        load, audit = float(m["fleet_load_s"]), float(m["fleet_audit_s"])
        rss = int(m["fleet_rss_kib"]) / 1024
        w(f"| seed loaded (start to listening) | {load:.2f} s | < 30 s |")
        w(f"| audit with every check | {audit:.2f} s, {m['fleet_findings']} findings | < 10 s |")
        w(f"| the endpoint's peak memory (max RSS) | {rss:.0f} MB | < 300 MB |")
        w("")
        targets.append(("fleet: 100,000 certificates loaded in under 30 s", f"{load:.2f} s", load < 30))
        targets.append(("fleet: audited with every check in under 10 s", f"{audit:.2f} s", audit < 10))
        targets.append(("fleet: the endpoint under 300 MB", f"{rss:.0f} MB", rss < 300))

    return finish(out, targets)


def finish(out, targets):
    """The report so far, and the table of its targets."""
    w = out.append
    w("### Targets\n")
    w("| target | measured | |")
    w("| --- | --- | --- |")
    for name, value, flag in targets:
        w(f"| {name} | {value} | {ok(flag)} |")
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if len(args) == 2 and args[1] == "--check":
        missed = [t for t in describe_targets(args[0], load_meta(args[0])) if not t[2]]
        for name, value, _ in missed:
            print(f"missed: {name} (measured {value})", file=sys.stderr)
        sys.exit(1 if missed else 0)
    text = report(args[0])
    if len(args) == 3 and args[1] == "--update":
        with open(args[2]) as f:
            doc = f.read()
        if BEGIN not in doc or END not in doc:
            sys.exit(f"{args[2]}: no {BEGIN} … {END} section to replace")
        head, rest = doc.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(args[2], "w") as f:
            f.write(head + BEGIN + "\n" + text + END + tail)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
