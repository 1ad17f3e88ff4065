const dayMs = 24 * 60 * 60 * 1000

/**
 * A review-by date relative to the day the demo is seeded, so that a
 * newcomer's content health dashboard always has something overdue and
 * something due soon to show, whenever the demo is started.
 */
export function daysFromSeeding(days: number, today = new Date()): string {
  return new Date(today.getTime() + days * dayMs).toISOString().slice(0, 10)
}
