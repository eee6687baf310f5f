#!/usr/bin/env python3
"""Deterministic synthetic data set in the interchange CSV format (docs/interchange-csv.md).

Writes returns.csv, reports.csv and counts.csv into OUT_DIR. The same arguments always give the
same bytes, so two systems loaded from one run can be compared on identical data.

  gen_dataset.py OUT_DIR [--reports N] [--years Y] [--aggregate-share F] [--seed S]

Record-level returns carry one row per report in reports.csv; aggregate returns carry only
counts.csv rows (TOTAL, AGE in force-specific bands, OUTCOME, PLATFORM, GENDER), the way forces
answer freedom-of-information requests in practice.
"""
import argparse
import csv
import os
import random
from datetime import date, timedelta

# GSS codes of the territorial police force areas of England and Wales, with a rough size weight.
FORCES = [
    ("E23000001", 30), ("E23000002", 2), ("E23000003", 6), ("E23000004", 6), ("E23000005", 10),
    ("E23000006", 4), ("E23000007", 5), ("E23000008", 2), ("E23000009", 3), ("E23000010", 8),
    ("E23000011", 5), ("E23000012", 3), ("E23000013", 2), ("E23000014", 10), ("E23000015", 4),
    ("E23000016", 4), ("E23000017", 2), ("E23000018", 4), ("E23000019", 4), ("E23000020", 3),
    ("E23000021", 4), ("E23000022", 3), ("E23000023", 3), ("E23000024", 3), ("E23000025", 3),
    ("E23000026", 3), ("E23000027", 4), ("E23000028", 6), ("E23000029", 8), ("E23000030", 7),
    ("E23000031", 4), ("E23000032", 6), ("E23000033", 6), ("E23000034", 1), ("E23000035", 6),
    ("E23000036", 6), ("E23000037", 2), ("E23000038", 2), ("E23000039", 3), ("W15000001", 3),
    ("W15000002", 2), ("W15000003", 5), ("W15000004", 2),
]
OUTCOMES = [("NO_FURTHER_ACTION", 61), ("CHARGED", 11), ("CAUTION", 7), ("COMMUNITY_RESOLUTION", 5),
            ("UNDER_INVESTIGATION", 10), ("OTHER", 4), ("UNKNOWN", 2)]
PLATFORMS = [("FACEBOOK", 68), ("INSTAGRAM", 12), ("SNAPCHAT", 5), ("WHATSAPP", 6), ("TWITTER", 5),
             ("OTHER", 4)]
GENDERS = [("FEMALE", 80), ("MALE", 17), ("OTHER", 1), ("UNKNOWN", 2)]
# Age bands as different forces publish them; each list covers 0..open end.
BAND_SCHEMES = [
    [(0, 17), (18, None)],
    [(0, 9), (10, 19), (20, 29), (30, 39), (40, 49), (50, None)],
    [(0, 15), (16, 17), (18, 24), (25, 34), (35, 44), (45, None)],
    [(0, 17), (18, 20), (21, 30), (31, 40), (41, None)],
]


def pick(rng, weighted):
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def victim_age(rng):
    if rng.random() < 0.04:
        return None
    return max(11, min(90, int(rng.gauss(25, 9))))


def band_label(lo, hi):
    return f"{lo}+" if hi is None else f"{lo}-{hi}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--reports", type=int, default=100_000, help="reports in all, about")
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--aggregate-share", type=float, default=0.3,
                    help="share of returns that are aggregate-only")
    ap.add_argument("--seed", type=int, default=2015)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out_dir, exist_ok=True)
    total_weight = sum(w for _, w in FORCES)
    start = date(2015, 4, 13)

    with open(os.path.join(a.out_dir, "returns.csv"), "w", newline="") as fr, \
         open(os.path.join(a.out_dir, "reports.csv"), "w", newline="") as fp, \
         open(os.path.join(a.out_dir, "counts.csv"), "w", newline="") as fc:
        wr, wp, wc = csv.writer(fr), csv.writer(fp), csv.writer(fc)
        wr.writerow(["return_ref", "force_code", "period_start", "period_end", "granularity",
                     "source", "received_on"])
        wp.writerow(["return_ref", "reported_on", "victim_age", "victim_gender", "platforms",
                     "outcome"])
        wc.writerow(["return_ref", "dimension", "category", "count"])
        for code, weight in FORCES:
            for y in range(a.years):
                p0 = date(start.year + y, 4, 1) if y else start
                p1 = date(start.year + y + 1, 3, 31)
                ref = f"{code}-{p0.year}"
                n = max(1, int(rng.gauss(1, 0.15) * a.reports * weight / total_weight / a.years))
                aggregate = rng.random() < a.aggregate_share
                wr.writerow([ref, code, p0.isoformat(), p1.isoformat(),
                             "AGGREGATE" if aggregate else "RECORDS",
                             f"FOI request {p1.year}/{rng.randint(100, 9999)}",
                             (p1 + timedelta(days=rng.randint(20, 90))).isoformat()])
                days = (p1 - p0).days
                rows = []
                for _ in range(n):
                    k = 0 if rng.random() < 0.35 else min(3, int(rng.expovariate(1.5)) + 1)
                    plats = sorted({pick(rng, PLATFORMS) for _ in range(k)})
                    rows.append(((p0 + timedelta(days=rng.randint(0, days))).isoformat(),
                                 victim_age(rng), pick(rng, GENDERS), ";".join(plats),
                                 pick(rng, OUTCOMES)))
                if not aggregate:
                    for on, age, g, plats, out in rows:
                        wp.writerow([ref, on, "" if age is None else age, g, plats, out])
                    continue
                scheme = BAND_SCHEMES[rng.randrange(len(BAND_SCHEMES))]
                wc.writerow([ref, "TOTAL", "", len(rows)])
                ages = {}
                for _, age, _, _, _ in rows:
                    label = "UNKNOWN" if age is None else next(
                        band_label(lo, hi) for lo, hi in scheme if age >= lo and (hi is None or age <= hi))
                    ages[label] = ages.get(label, 0) + 1
                for label in [band_label(lo, hi) for lo, hi in scheme] + ["UNKNOWN"]:
                    if label in ages:
                        wc.writerow([ref, "AGE", label, ages[label]])
                for dim, idx, values in (("OUTCOME", 4, OUTCOMES), ("GENDER", 2, GENDERS)):
                    for v, _ in values:
                        c = sum(1 for r in rows if r[idx] == v)
                        if c:
                            wc.writerow([ref, dim, v, c])
                for v, _ in PLATFORMS:
                    c = sum(1 for r in rows if v in r[3].split(";"))
                    if c:
                        wc.writerow([ref, "PLATFORM", v, c])
                none = sum(1 for r in rows if not r[3])
                if none:
                    wc.writerow([ref, "PLATFORM", "NONE", none])


if __name__ == "__main__":
    main()
