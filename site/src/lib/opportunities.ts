import type { VolunteerOpportunity } from '@hub/content-schemas'

/** The calendar day (UTC) of a date or timestamp, as YYYY-MM-DD. */
const day = (value: string | Date) => (typeof value === 'string' ? value : value.toISOString()).slice(0, 10)

/**
 * Whether an opportunity still takes applications at `now`: through its
 * closing day (UTC), or always when it has none. A closed one leaves the site
 * with the first build after its closing day, with no one unpublishing it.
 */
export function isOpen(opportunity: Pick<VolunteerOpportunity, 'closingDate'>, now: Date): boolean {
  return !opportunity.closingDate || day(opportunity.closingDate) >= day(now)
}

/** Open opportunities, the soonest to close first and those without a closing date last. */
export function openOpportunities<T extends Pick<VolunteerOpportunity, 'closingDate'>>(
  opportunities: T[],
  now: Date,
): T[] {
  return opportunities
    .filter((opportunity) => isOpen(opportunity, now))
    .sort((a, b) => (a.closingDate ?? '9999').localeCompare(b.closingDate ?? '9999'))
}
