import { collectionLabels, localeNames, resourceCollections, type Locale } from '@hub/content-schemas'
import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { translationProgress } from '../../translation/progress'
import { ExportMissingLink } from './ExportMissingLink'
import { exchangeWords } from './words'

const percent = (translated: number, total: number) =>
  total === 0 ? '–' : `${Math.floor((translated / total) * 100)} %`

/**
 * On the dashboard: how far each language is, in English words, overall and
 * per document type, and what is left as one XLIFF file for a CAT tool.
 */
export async function TranslationProgressTable({
  payload,
  user,
  language,
}: {
  payload: Payload
  user: TypedUser
  language: Locale
}) {
  const words = exchangeWords(language)
  const progress = await translationProgress(await createLocalReq({ user }, payload))
  return (
    <table className="translation-progress">
      <caption>{words.progress}</caption>
      <thead>
        <tr>
          <th scope="col">{words.language}</th>
          <th scope="col">{words.all}</th>
          {resourceCollections.map((collection) => (
            <th scope="col" key={collection}>
              {collectionLabels[collection].plural[language]}
            </th>
          ))}
          <td />
        </tr>
      </thead>
      <tbody>
        {progress.map((entry) => (
          <tr key={entry.locale} data-locale={entry.locale}>
            <th scope="row">
              <bdi lang={entry.locale}>{localeNames[entry.locale]}</bdi>
            </th>
            <td title={words.wordsOf(entry.translated, entry.total)}>
              {percent(entry.translated, entry.total)}
            </td>
            {resourceCollections.map((collection) => {
              const counts = entry.byType.find((type) => type.collection === collection)
              return (
                <td
                  key={collection}
                  title={counts ? words.wordsOf(counts.translated, counts.total) : undefined}
                >
                  {counts ? percent(counts.translated, counts.total) : '–'}
                </td>
              )
            })}
            <td>
              {entry.translated < entry.total ? (
                <ExportMissingLink
                  apiRoute={payload.config.routes.api}
                  locale={entry.locale}
                  language={language}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
