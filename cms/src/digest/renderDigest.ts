import { collectionLabels, isLocale } from '@hub/content-schemas'

import type { HealthRow } from '../health/contentHealth'
import { digestWords } from './digestWords'
import type { Digest } from './weeklyDigest'

/**
 * The digest as plain text, which every mail client shows as written: one
 * section per kind of problem, each row with a link to the document in the admin.
 */
export function renderDigest(
  digest: Digest,
  { language, adminUrl }: { language: string; adminUrl: string },
): { subject: string; text: string } {
  const words = digestWords(language)
  const labelLanguage = isLocale(language) ? language : 'en'
  const link = (row: HealthRow) => `${adminUrl}/collections/${row.collection}/${row.id}`
  const line = (row: HealthRow) => {
    const details: string[] = [collectionLabels[row.collection].singular[labelLanguage]]
    if (row.date) details.push(`${words.reviewBy} ${row.date.slice(0, 10)}`)
    if (row.lastVerified !== undefined)
      details.push(
        row.lastVerified ? `${words.lastVerified} ${row.lastVerified.slice(0, 10)}` : words.neverVerified,
      )
    return `- ${row.title} (${details.join(', ')})\n  ${link(row)}`
  }
  const section = (heading: string, lines: string[]) =>
    lines.length ? [`${heading} (${lines.length})`, ...lines, ''] : []
  const text = [
    words.intro(digest.organization),
    '',
    ...section(words.overdue, digest.overdue.map(line)),
    ...section(words.dueSoon, digest.dueSoon.map(line)),
    ...section(words.staleVerification, digest.staleVerification.map(line)),
    ...section(
      words.brokenLinks,
      digest.brokenLinks.map(
        (broken) =>
          `- ${broken.url} (${broken.reason}) ${words.appearsIn} ${broken.appearsIn.map((place) => place.title).join(', ')}\n  ${link(broken.appearsIn[0]!)}`,
      ),
    ),
    ...section(
      words.failedBuilds,
      digest.failedBuilds.map(
        (build) =>
          `- ${build.startedAt.slice(0, 16).replace('T', ' ')} ${build.reason} (${words.by} ${build.triggeredBy})\n  ${build.error.split('\n')[0]}`,
      ),
    ),
    words.outro,
  ].join('\n')
  return { subject: words.subject(digest.organization), text }
}
