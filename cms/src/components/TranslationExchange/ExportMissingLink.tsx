import type { Locale } from '@hub/content-schemas'

import { exchangeWords } from './words'

/** On the dashboard, beside a language's missing translations: all of them as one XLIFF file. */
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
    <p>
      <a
        href={`${apiRoute}/xliff/export?locale=${locale}&missing=1`}
        download
        data-xliff-export-missing={locale}
      >
        {exchangeWords(language).exportMissing}
      </a>
    </p>
  )
}
