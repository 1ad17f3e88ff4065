/**
 * Intl formatters, each made once per language and options: making one costs
 * far more than using it, and a build of 10,000 pages writes dates, lists and
 * country names on nearly every one.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>()

function once<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let format = made.get(key) as T | undefined
  if (!format) {
    format = make()
    made.set(key, format)
  }
  return format
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options))
}

/** A date an editor entered, written out in the reader's language ("5 December 2026"). */
export function longDate(locale: string, value: string): string {
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value))
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return once(`list:${locale}:${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options))
}

/** Country and region names in the reader's language. */
export function regionNames(locale: string): Intl.DisplayNames {
  return once(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' }))
}
