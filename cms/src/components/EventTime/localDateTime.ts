/**
 * Between what the browser's picker holds and what an event stores: a
 * `datetime-local` input gives "2026-12-03T19:00" (with ":00" seconds in some
 * browsers), a `date` input "2026-12-03". Stored is the contract's form only.
 */
export function storedValue(picked: string, allDay: boolean): string | null {
  if (!picked) return null
  return allDay ? picked.slice(0, 10) : picked.slice(0, 16)
}

/** What the picker can show of a stored value; one that does not fit shows empty, for the editor to pick again. */
export function pickerValue(stored: string | null | undefined, allDay: boolean): string {
  if (!stored) return ''
  if (allDay) return /^\d{4}-\d{2}-\d{2}/.test(stored) ? stored.slice(0, 10) : ''
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(stored.slice(0, 16)) ? stored.slice(0, 16) : ''
}
