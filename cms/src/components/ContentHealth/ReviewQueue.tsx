import { collectionLabels, isLocale, localeNames, type Locale } from '@hub/content-schemas'
import type { Payload, TypedUser } from 'payload'

import { roleOf } from '../../access/roles'
import { isReviewedCollection } from '../../review/submitForReview'
import { comparePath } from '../../review/comparePath'
import { reviewWords } from '../ReviewPanel/words'
import { healthWords } from './words'

// Enough to act on; the review queue collection lists them all.
const shown = 20

/**
 * On the dashboard: for coordinators and admins, the drafts awaiting review,
 * each linked in its language beside the comparison with the live version;
 * for editors and translators, their drafts under review and those returned
 * with a comment.
 */
export async function ReviewQueue({
  payload,
  user,
  language,
}: {
  payload: Payload
  user: TypedUser
  language: Locale
}) {
  const words = reviewWords(language)
  const role = roleOf(user)
  const reviewer = role === 'coordinator' || role === 'admin'
  const { docs, totalDocs } = await payload.find({
    collection: 'review-requests',
    where: { state: { in: reviewer ? ['submitted'] : ['submitted', 'returned'] } },
    sort: reviewer ? 'submittedAt' : '-updatedAt',
    limit: shown,
    depth: 0,
    overrideAccess: false,
    user,
  })
  // Who submitted each draft: a reviewer needs to know whom the comment goes to, though accounts are not theirs to read.
  const authors = await payload.find({
    collection: 'users',
    where: { id: { in: docs.map((request) => request.submittedBy).filter((id) => id != null) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  const emails = new Map(authors.docs.map((author) => [String(author.id), author.email]))
  const adminRoute = payload.config.routes.admin
  const rows = await Promise.all(
    docs.map(async (request) => ({
      request,
      compare: isReviewedCollection(request.collection)
        ? await comparePath(payload, request.collection, request.documentId)
        : null,
    })),
  )
  const heading = reviewer ? words.queue : words.yours
  return (
    <>
      <h3 id="content-health-review">
        {heading} ({totalDocs})
      </h3>
      {rows.length === 0 ? (
        <p className="content-health__nothing">{healthWords(language).nothing}</p>
      ) : (
        <ul className="content-health__rows">
          {rows.map(({ request, compare }) => {
            const locale = isLocale(request.locale) ? request.locale : undefined
            const author = emails.get(String(request.submittedBy))
            return (
              <li
                key={request.id}
                data-collection={request.collection}
                data-id={request.documentId}
                data-state={request.state}
              >
                <a
                  href={`${adminRoute}/collections/${request.collection}/${request.documentId}?locale=${request.locale}`}
                >
                  {request.title}
                </a>{' '}
                <span className="content-health__meta">
                  {isReviewedCollection(request.collection)
                    ? collectionLabels[request.collection].singular[language]
                    : request.collection}
                  {locale ? ` · ${localeNames[locale]}` : ''}
                  {author ? ` · ${words.by} ${author}` : ''}
                  {request.submittedAt ? ` · ${request.submittedAt.slice(0, 10)}` : ''}
                </span>
                {compare && (
                  <>
                    {' '}
                    <a href={`${adminRoute}${compare}`}>{words.compare}</a>
                  </>
                )}
                {request.state === 'returned' && (
                  <p>
                    {words.returned} <q data-review-comment>{request.comment}</q>
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
