import type { Locale } from '@hub/content-schemas'

import { exchangeWords } from './words'

/** Every document missing or partly missing in a language, as one XLIFF file. */
export function ExportMissingLink({
  apiRoute,
  locale,
  language,
}: {
  apiRoute: string
  locale: Locale
  language: Locale
}) {
  return (
    <a
      href={`${apiRoute}/xliff/export?locale=${locale}&missing=1`}
      download
      data-xliff-export-missing={locale}
    >
      {exchangeWords(language).exportMissing}
    </a>
  )
}
