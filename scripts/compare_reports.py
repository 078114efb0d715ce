#!/usr/bin/env python3
"""Compares the CLI's reports with a Spark job's reports, report by report (used by the spark-*.sh scripts).

Usage: compare_reports.py CLI_OUT SPARK_OUT PAGES LABEL [SECONDS_CLI SECONDS_SPARK]

CLI_OUT holds `copydesk check --out` files (*.report.json); SPARK_OUT is the job's --output (reports/part-*,
one report per line). Reports are matched by source.path and compared as JSON values; the two runs'
provenance.json (the corpus pass's stories) too. Prints the counts (and pages per second when the two times are
given) and exits 1 unless every one of PAGES pages has an identical report on both sides and the stories agree.
"""
import json
import os
import sys


def cli_reports(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".report.json"):
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    r = json.load(fh)
                out[r["source"]["path"]] = r
    return out


def job_reports(root):
    out, dup = {}, 0
    rdir = os.path.join(root, "reports")
    for f in sorted(os.listdir(rdir)) if os.path.isdir(rdir) else []:
        if f.startswith("part-"):
            with open(os.path.join(rdir, f), encoding="utf-8") as fh:
                for line in fh:
                    r = json.loads(line)
                    dup += r["source"]["path"] in out
                    out[r["source"]["path"]] = r
    return out, dup


def main(argv):
    cli_dir, job_dir, n, label = argv[1], argv[2], int(argv[3]), argv[4]
    cli = cli_reports(cli_dir)
    job, dup = job_reports(job_dir)
    same = sum(1 for p, r in job.items() if cli.get(p) == r)
    for p in [p for p, r in job.items() if p in cli and cli[p] != r][:5]:
        keys = [k for k in cli[p] if cli[p].get(k) != job[p].get(k)]
        print(f"differs: {p} (fields: {', '.join(keys)})")
    for p in sorted(set(cli) - set(job))[:5]:
        print(f"only in the CLI's reports: {p}")
    for p in sorted(set(job) - set(cli))[:5]:
        print(f"only in the Spark job's reports: {p}")
    if dup:
        print(f"duplicate reports in the Spark job's output: {dup}")
    stories_same = True
    cli_prov, job_prov = os.path.join(cli_dir, "provenance.json"), os.path.join(job_dir, "provenance.json")
    if os.path.exists(cli_prov) or os.path.exists(job_prov):
        load = lambda f: json.load(open(f, encoding="utf-8")) if os.path.exists(f) else None
        a, b = load(cli_prov), load(job_prov)
        stories_same = a == b
        print(f"provenance.json: {'identical' if stories_same else 'DIFFERENT'} "
              f"({len((a or {}).get('clusters', []))} stories in the CLI's, {len((b or {}).get('clusters', []))} in the job's)")
    print(f"pages: {n}; CLI reports: {len(cli)}; Spark reports: {len(job)}")
    print(f"identical reports: {same} of {len(cli)}")
    if len(argv) > 6:
        t_cli, t_job = float(argv[5]), float(argv[6])
        print(f"CLI --jobs 2: {t_cli:6.1f} s  {n / t_cli:5.1f} pages/s")
        print(f"{label}: {t_job:6.1f} s  {n / t_job:5.1f} pages/s")
    return 0 if same == len(cli) == len(job) == n and dup == 0 and stories_same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
