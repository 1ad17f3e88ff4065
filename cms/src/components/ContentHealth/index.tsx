import { collectionLabels, isLocale, localeNames, type Locale } from '@hub/content-schemas'
import { createLocalReq, type ServerProps } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { organizationOf } from '../../access/roles'
import { contentHealth, type HealthRow } from '../../health/contentHealth'
import { TranslationProgressTable } from '../TranslationExchange/Progress'
import { ReviewQueue } from './ReviewQueue'
import { WeeklyDigest } from './WeeklyDigest'
import { healthWords } from './words'
import './index.css'

// Enough to act on; the counts say how many there are in all.
const shownPerList = 20

function HealthList({
  rows,
  adminRoute,
  language,
  locale,
}: {
  rows: HealthRow[]
  adminRoute: string
  language: Locale
  locale?: Locale
}) {
  const words = healthWords(language)
  if (rows.length === 0) return <p className="content-health__nothing">{words.nothing}</p>
  return (
    <ul className="content-health__rows">
      {rows.slice(0, shownPerList).map((row) => (
        <li key={`${row.collection}-${row.id}`} data-collection={row.collection} data-id={row.id}>
          <a
            href={`${adminRoute}/collections/${row.collection}/${row.id}${locale ? `?locale=${locale}` : ''}`}
          >
            {row.title}
          </a>{' '}
          <span className="content-health__meta">
            {collectionLabels[row.collection].singular[language]} · {row.organization ?? words.coalition}
            {row.date ? ` · ${words.reviewBy} ${row.date.slice(0, 10)}` : ''}
            {row.lastVerified !== undefined
              ? ` · ${row.lastVerified ? `${words.lastVerified} ${row.lastVerified.slice(0, 10)}` : words.neverVerified}`
              : ''}
          </span>
        </li>
      ))}
      {rows.length > shownPerList && <li>{words.more(rows.length - shownPerList)}</li>}
    </ul>
  )
}

/**
 * The first thing an editor sees after signing in: what is overdue for
 * review, due soon, saved but unpublished, not verified for too long, and missing or partly missing in
 * each language, among the documents they may edit.
 */
export async function ContentHealth({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const health = await contentHealth(await createLocalReq({ user }, payload))
  const language: Locale = isLocale(i18n?.language) ? i18n.language : 'en'
  const words = healthWords(language)
  const adminRoute = payload.config.routes.admin
  const list = (rows: HealthRow[], locale?: Locale) => (
    <HealthList rows={rows} adminRoute={adminRoute} language={language} locale={locale} />
  )
  const reviewing = user.role !== 'translator'
  const digestOrganizations = await unmailedDigestsFor(payload, user)
  return (
    <section className="content-health" aria-labelledby="content-health-heading">
      <h2 id="content-health-heading">{words.heading}</h2>
      <p>{words.intro}</p>
      {health.byOrganization.length > 0 && (
        <table className="content-health__organizations">
          <caption>{words.byOrganization}</caption>
          <thead>
            <tr>
              <th scope="col">{words.organization}</th>
              <th scope="col">{words.overdue}</th>
              <th scope="col">{words.dueSoon}</th>
              <th scope="col">{words.unpublishedChanges}</th>
              <th scope="col">{words.staleVerification}</th>
              <th scope="col">{words.translations}</th>
            </tr>
          </thead>
          <tbody>
            {health.byOrganization.map((entry) => (
              <tr key={entry.organization ?? ''}>
                <th scope="row">{entry.organization ?? words.coalition}</th>
                <td>{entry.overdue}</td>
                <td>{entry.dueSoon}</td>
                <td>{entry.unpublishedChanges}</td>
                <td>{entry.staleVerification}</td>
                <td>{entry.translations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReviewQueue payload={payload} user={user} language={language} />
      {reviewing && (
        <>
          <h3 id="content-health-overdue">
            {words.overdue} ({health.overdue.length})
          </h3>
          {list(health.overdue)}
          <h3 id="content-health-due-soon">
            {words.dueSoon} ({health.dueSoon.length})
          </h3>
          {list(health.dueSoon)}
          <h3 id="content-health-unpublished">
            {words.unpublishedChanges} ({health.unpublishedChanges.length})
          </h3>
          {list(health.unpublishedChanges)}
          <h3 id="content-health-stale-verification">
            {words.staleVerification} ({health.staleVerification.length})
          </h3>
          {list(health.staleVerification)}
          <h3 id="content-health-broken-links">
            {words.brokenLinks} ({health.brokenLinks.length})
          </h3>
          {health.brokenLinks.length === 0 ? (
            <p className="content-health__nothing">{words.nothing}</p>
          ) : (
            <ul className="content-health__rows">
              {health.brokenLinks.slice(0, shownPerList).map((link) => (
                <li key={link.url} data-url={link.url}>
                  <code dir="ltr">{link.url}</code>{' '}
                  <span className="content-health__meta">{link.reason}</span> {words.appearsIn}{' '}
                  {link.appearsIn.map((place, index) => (
                    <span key={`${place.collection}-${place.id}-${place.locale ?? ''}`}>
                      {index > 0 && ', '}
                      <a
                        href={`${adminRoute}/collections/${place.collection}/${place.id}${place.locale ? `?locale=${place.locale}` : ''}`}
                      >
                        {place.title}
                      </a>
                      {place.locale && ` (${localeNames[place.locale]})`}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {digestOrganizations.length > 0 && (
        <WeeklyDigest payload={payload} organizations={digestOrganizations} language={language} />
      )}
      <h3>{words.translations}</h3>
      {health.translations.map(({ locale, missing, fallingBack }) => (
        <details key={locale} id={`content-health-${locale}`}>
          <summary>
            <bdi lang={locale}>{localeNames[locale]}</bdi>: {missing.length} {words.missing},{' '}
            {fallingBack.length} {words.fallingBack}
          </summary>
          <h4>{words.missing}</h4>
          {list(missing, locale)}
          <h4>{words.fallingBack}</h4>
          {list(fallingBack, locale)}
        </details>
      ))}
      <TranslationProgressTable payload={payload} user={user} language={language} />
    </section>
  )
}

/** The organizations whose weekly digest the dashboard shows: none when it is e-mailed. */
async function unmailedDigestsFor(
  payload: ServerProps['payload'],
  user: NonNullable<ServerProps['user']>,
): Promise<(number | string)[]> {
  if (readSettings().SMTP_URL) return []
  if (user.role === 'editor') {
    const organization = organizationOf(user)
    return organization === null ? [] : [organization]
  }
  if (user.role !== 'admin') return []
  const { docs } = await payload.find({
    collection: 'organizations',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  return docs.map((doc) => doc.id)
}
