/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** For each numeric figure of a run, the median over the runs, with every run kept beside it. */
export function medianOfRuns<T extends Record<string, number>>(runs: T[]): { median: T; runs: T[] } {
  const keys = Object.keys(runs[0] ?? {}) as (keyof T)[]
  const middle = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as T
  return { median: middle, runs }
}
