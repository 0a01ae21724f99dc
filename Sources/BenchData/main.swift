// The benchmark data generator (issue: benchmarks at national scale) — being written.
print("jejak-bench-data: not written yet")
