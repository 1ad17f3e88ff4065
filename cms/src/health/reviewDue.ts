const dueSoonDays = 30
const dayMs = 24 * 60 * 60 * 1000

/** Whether a review-by date has passed, falls within the next 30 days, or neither. */
export function reviewDue(reviewBy: string, now = new Date()): 'overdue' | 'dueSoon' | null {
  const due = new Date(reviewBy)
  if (Number.isNaN(due.getTime())) return null
  if (due < now) return 'overdue'
  return due.getTime() <= now.getTime() + dueSoonDays * dayMs ? 'dueSoon' : null
}
