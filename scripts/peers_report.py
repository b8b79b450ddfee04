"""Tables for scripts/eval-extraction and scripts/bench (Python 3 stdlib only).

  peers_report.py eval PAGES TOOL:SCORE.json:SECONDS ...
      one row per tool: macro F1 overall and per page_type (from score_extraction.py --json),
      pages/s = PAGES / SECONDS.
  peers_report.py bench PAGES TIMEDIR TOOL ...
      reads TIMEDIR/TOOL.ROUND.time (GNU time -v output); per tool the median pages/s over rounds,
      its range, peak RSS (largest over rounds), then the speed ratios.
  peers_report.py page-ids IN.jsonl OUT.jsonl
      copies newsclean records with "id" set to the page id (file name without extensions):
      newsclean's id is the input path, and the scorer reads a top-level id before source.path.
  peers_report.py rejects REJECTS.jsonl
      counts newsclean's rejected pages by stage/reason.
"""
import json
import os
from collections import Counter
import re
import statistics
import sys


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                              for i, (c, w) in enumerate(zip(r, widths)))
    lines = [fmt(header), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows]
    print("\n".join(lines))


def eval_table(pages, specs):
    results = []
    for spec in specs:
        name, path, seconds = spec.rsplit(":", 2)
        with open(path, encoding="utf-8") as f:
            results.append((name, json.load(f), float(seconds)))
    types = sorted({t for _, s, _ in results for t in s["breakdowns"].get("page_type", {})})
    counts = {t: results[0][1]["breakdowns"]["page_type"][t]["n"] for t in types}
    header = ["tool", "F1"] + [f"{t}({counts[t]})" for t in types] + ["records", "pages/s"]
    rows = []
    for name, s, seconds in results:
        by_type = s["breakdowns"].get("page_type", {})
        rows.append([name, f"{s['overall']['f1']:.3f}"]
                    + [f"{by_type[t]['f1']:.3f}" if t in by_type else "-" for t in types]
                    + [f"{s['pages_with_record']}/{s['truth_pages']}", f"{pages / seconds:.1f}"])
    table(header, rows)


def parse_time_v(path):
    text = open(path, encoding="utf-8").read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    return seconds, rss_kb, user + system


def bench_table(pages, timedir, tools):
    rates, stats = {}, []
    for tool in tools:
        files = sorted(f for f in os.listdir(timedir) if f.startswith(tool + ".") and f.endswith(".time"))
        runs = [parse_time_v(os.path.join(timedir, f)) for f in files]
        per_s = [pages / max(w, 0.01) for w, _, _ in runs]
        rates[tool] = statistics.median(per_s)
        cpu = statistics.median(c for _, _, c in runs)
        stats.append([tool, str(len(runs)), f"{rates[tool]:.1f}", f"{min(per_s):.1f}-{max(per_s):.1f}",
                      f"{statistics.median(w for w, _, _ in runs):.2f}", f"{cpu:.2f}",
                      f"{max(r for _, r, _ in runs) / 1024:.0f}"])
    table(["tool", "runs", "pages/s(median)", "range", "wall s", "cpu s", "peak RSS MB"], stats)
    print()
    j1 = next((t for t in tools if t.endswith("-j1")), None)
    jn = next((t for t in tools if t.startswith("newsclean-j") and t != j1), None)
    ratios = []
    for other in tools:
        if j1 and other != j1 and not other.startswith("newsclean"):
            ratios.append([f"{j1} / {other}", f"{rates[j1] / rates[other]:.2f}x"])
    if j1 and jn:
        ratios.append([f"{jn} / {j1}", f"{rates[jn] / rates[j1]:.2f}x"])
    table(["ratio (median pages/s)", "value"], ratios)


def page_id(path):
    name = os.path.basename(path)
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


def page_ids(src, dst):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                source = rec.get("source")
                path = source.get("path") if isinstance(source, dict) else source
                rec["id"] = page_id(path or rec.get("id") or "")
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def rejects(path):
    counts = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                counts[f"{rec.get('stage')}/{rec.get('reason')}"] += 1
    print(f"newsclean rejects: {sum(counts.values())} pages (stage/reason)")
    for key, n in counts.most_common():
        print(f"  {n:4d}  {key}")


def main(argv):
    if len(argv) >= 3 and argv[0] == "eval":
        eval_table(int(argv[1]), argv[2:])
    elif len(argv) >= 4 and argv[0] == "bench":
        bench_table(int(argv[1]), argv[2], argv[3:])
    elif len(argv) == 3 and argv[0] == "page-ids":
        page_ids(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "rejects":
        rejects(argv[1])
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
