import { defaultLocale, localeNames, locales } from '@hub/content-schemas'
import type { DefaultServerCellComponentProps } from 'payload'

import { healthCollections, type HealthCollection } from '../../health/contentHealth'
import { localizedGaps } from '../../health/localizedGaps'
import { listColumnWords } from './words'
import './index.css'

/**
 * Which languages of a document are complete, in a list: each language's code,
 * struck through where the title is missing or some text falls back to English
 * (as the dashboard counts it, on the latest version).
 */
export async function TranslationsCell({
  rowData,
  collectionSlug,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  if (!rowData?.id || !(collectionSlug in healthCollections)) return null
  const collection = collectionSlug as HealthCollection
  const doc = (await payload.findByID({
    collection,
    id: rowData.id as number,
    draft: true,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const words = listColumnWords(i18n?.language)
  return (
    <span className="translations-cell">
      {locales
        .filter((locale) => locale !== defaultLocale)
        .map((locale) => {
          const complete = localizedGaps(doc, healthCollections[collection].title, locale) === null
          const label = `${localeNames[locale]}: ${complete ? words.complete : words.missing}`
          return (
            <abbr key={locale} title={label} aria-label={label} data-locale={locale} data-complete={complete}>
              {complete ? locale.toUpperCase() : <s>{locale.toUpperCase()}</s>}
            </abbr>
          )
        })}
    </span>
  )
}
