import type { Locale } from '@hub/content-schemas'

export function homePath(locale: Locale): string {
  return `/${locale}/`
}
