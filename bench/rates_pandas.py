#!/usr/bin/env python3
"""Employment rates per programme from the Google-Form-like CSVs, with pandas: the alternative workflow.

    python3 rates_pandas.py DATA_DIR [--wave 6] [--truth]

Reads DATA_DIR/graduates.csv (nik, class, program, ...) and DATA_DIR/responses.csv (timestamp, nik, wave,
kegiatan_utama: one row per form submission; the latest per person and wave counts), or with --truth
DATA_DIR/truth.csv (the generator's true status of every graduate; reply = answered marks respondents).
Prints one JSON object: {"seconds": ..., "groups": {program: {graduates, respondents, employed,
self_employed, employment_rate}}} with employment rate = (employees + self-employed) / respondents,
rounded to 4 decimals as Jejak prints it. "seconds" excludes interpreter start and imports.
"""
import argparse
import json
import os
import time

import pandas as pd

LABELS = {
    "Bekerja sebagai karyawan/pegawai": "employee",
    "Wirausaha/berusaha sendiri": "selfEmployed",
    "Belum bekerja, sedang mencari kerja": "unemployed",
    "Melanjutkan pendidikan": "studying",
    "Tidak bekerja dan tidak mencari kerja": "notInLabourForce",
}


def rates(data_dir, wave, truth):
    graduates = pd.read_csv(os.path.join(data_dir, "graduates.csv"), dtype={"nik": str}, usecols=["nik", "program"])
    if truth:
        t = pd.read_csv(os.path.join(data_dir, "truth.csv"), dtype={"nik": str})
        answers = t[(t["wave"] == wave) & (t["reply"] == "answered")][["nik", "status"]]
    else:
        r = pd.read_csv(os.path.join(data_dir, "responses.csv"), dtype={"nik": str})
        r = r[r["wave"] == wave]
        r = r.sort_values("timestamp", kind="stable").drop_duplicates("nik", keep="last")
        answers = pd.DataFrame({"nik": r["nik"], "status": r["kegiatan_utama"].map(LABELS)})
    merged = graduates.merge(answers, on="nik", how="left")
    grouped = merged.groupby("program")
    table = pd.DataFrame({
        "graduates": grouped.size(),
        "respondents": grouped["status"].count(),
        "employed": grouped["status"].apply(lambda s: int((s == "employee").sum())),
        "self_employed": grouped["status"].apply(lambda s: int((s == "selfEmployed").sum())),
    })
    table["employment_rate"] = ((table["employed"] + table["self_employed"]) / table["respondents"]).round(4)
    return {program: {k: (float(v) if k == "employment_rate" else int(v)) for k, v in row.items()}
            for program, row in table.iterrows()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--wave", type=int, default=6)
    ap.add_argument("--truth", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    groups = rates(args.data_dir, args.wave, args.truth)
    print(json.dumps({"seconds": round(time.perf_counter() - t0, 3), "groups": groups}, sort_keys=True))


if __name__ == "__main__":
    main()
