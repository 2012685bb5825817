#!/usr/bin/env python3
"""Prints the README's table of gold claims that maps can check, from `frontline verify --gold DIR --json`.

usage: frontline verify --gold ../shared/corpus/dev --json > gold.json
       python3 docs/tools/gold-verdicts-table.py ../shared/corpus/dev gold.json
Claim numbers are GoldClaims' ids: 1-based over the *.claims.json files in name order.
"""
import glob, json, os, sys

gold_dir, verdicts_path = sys.argv[1], sys.argv[2]
claims = []
for path in sorted(glob.glob(os.path.join(gold_dir, "*.claims.json"))):
    claims.extend(json.load(open(path, encoding="utf-8"))["claims"])
verdicts = json.load(open(verdicts_path, encoding="utf-8"))
print("| # | claim (speaker: quote) | verdict | evidence per publisher |")
print("| ---: | --- | --- | --- |")
for v in verdicts:
    if v["value"] == "unverifiable":
        continue
    c = claims[v["claim_id"] - 1]
    quote = c["quote"] if len(c["quote"]) <= 70 else c["quote"][:67] + "..."
    evidence = "<br>".join(
        f"**{p['source']}** {p['value']}: {p['why']}".replace("|", "\\|")
        for p in v["publishers"] if p["value"] != "unverifiable")
    print(f"| {v['claim_id']} | {c['speaker'] or '(author)'}: “{quote}” ({c['type']}) | **{v['value']}** | {evidence} |")
