#!/usr/bin/env python3
"""Prints the README's at-scale verdict tables (by claim type, by publisher) from `frontline verify --json`.

usage: frontline verify --json > verdicts.json && frontline claims --json > claims.json
       python3 docs/tools/verdicts-at-scale.py claims.json verdicts.json
"""
import collections, json, sys

claims = {c["id"]: c for c in json.load(open(sys.argv[1], encoding="utf-8"))}
verdicts = json.load(open(sys.argv[2], encoding="utf-8"))
values = ["supported", "contradicted", "not-yet-visible", "unverifiable"]
by_type = collections.defaultdict(collections.Counter)
by_publisher = collections.defaultdict(collections.Counter)
for v in verdicts:
    t = claims[v["claim_id"]]["type"]
    by_type[t if t.startswith("territory.") else "other types (combat, strike, losses, …)"][v["value"]] += 1
    for p in v["publishers"]:
        by_publisher[p["source"]][p["value"]] += 1
print(f"{len(verdicts):,} claims; publishers disagree on {sum(v['publishers_disagree'] for v in verdicts):,}; "
      f"{sum(v['corroboration']['against_interest'] for v in verdicts):,} against their speaker's side's interest\n")
for title, table in (("type", by_type), ("publisher's answers", by_publisher)):
    print(f"| {title} | " + " | ".join(values) + " |")
    print("| --- |" + " ---: |" * len(values))
    for key in sorted(table):
        print(f"| {key} | " + " | ".join(f"{table[key][v]:,}" for v in values) + " |")
    print()
