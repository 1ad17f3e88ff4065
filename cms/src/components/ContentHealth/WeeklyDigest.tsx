import type { Locale } from '@hub/content-schemas'
import type { Payload } from 'payload'

import { renderDigest } from '../../digest/renderDigest'
import { adminUrlOf } from '../../digest/sendDigests'
import { isEmpty, weeklyDigest } from '../../digest/weeklyDigest'
import { healthWords } from './words'

/**
 * Without a mail server the weekly digest reaches nobody by mail; the
 * dashboard shows it instead: an editor their organization's, an admin every
 * organization's that has something to report.
 */
export async function WeeklyDigest({
  payload,
  organizations,
  language,
}: {
  payload: Payload
  organizations: (number | string)[]
  language: Locale
}) {
  const words = healthWords(language)
  const digests = (await Promise.all(organizations.map((id) => weeklyDigest(payload, id)))).flatMap(
    (digest) => (digest && !isEmpty(digest) ? [digest] : []),
  )
  if (digests.length === 0) return null
  return (
    <section className="content-health__digest" id="content-health-digest">
      <h3>{words.digest}</h3>
      <p className="content-health__meta">{words.digestNotMailed}</p>
      {digests.map((digest) => {
        const { subject, text } = renderDigest(digest, { language, adminUrl: adminUrlOf(payload) })
        return (
          <details key={digest.organization}>
            <summary>{subject}</summary>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{text}</pre>
          </details>
        )
      })}
    </section>
  )
}
