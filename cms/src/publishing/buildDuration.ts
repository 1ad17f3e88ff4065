const unit = (language: string, name: 'minute' | 'second', value: number) =>
  new Intl.NumberFormat(language, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value)

/**
 * A build's duration as people say it, in the admin's language: "8.4 sec"
 * under a minute, "2 min, 5 sec" above.
 */
export function buildDuration(milliseconds: number, language: string): string {
  if (milliseconds < 60_000) return unit(language, 'second', milliseconds / 1000)
  const seconds = Math.round(milliseconds / 1000)
  return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format([
    unit(language, 'minute', Math.floor(seconds / 60)),
    unit(language, 'second', seconds % 60),
  ])
}
