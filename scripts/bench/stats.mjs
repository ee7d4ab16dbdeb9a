// Summary statistics for benchmark samples (milliseconds or bytes).

/** Returns the value at quantile `q` (0 to 1) of sorted `values`, interpolating linearly. */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lowerValue = sorted[lower];
  return lowerValue + (sorted[upper] - lowerValue) * (position - lower);
}

/** Returns { runs, median, min, max, q1, q3 } of `samples`, or null when there are none. */
export function summarise(samples) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}
