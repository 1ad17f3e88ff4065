'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { reviewWords } from './words'

type Status = {
  request: { id: number | string; state: string; comment?: string | null; submittedAt?: string | null } | null
  compare: string
}

/**
 * In the sidebar of every reviewed document: editors and translators submit
 * the draft in the language being edited; coordinators and admins compare it
 * with the live version and return it with a comment (Publish accepts it).
 * A returned draft shows the reviewer's comment to its author.
 */
export function ReviewPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin: adminRoute, api },
      serverURL,
    },
  } = useConfig()
  const [status, setStatus] = useState<Status>()
  const [comment, setComment] = useState('')
  const [working, setWorking] = useState(false)
  const [error, setError] = useState<string>()
  const words = reviewWords(i18n.language)

  const load = useCallback(async () => {
    if (id === undefined || !collectionSlug) return
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id), locale })
    const response = await fetch(`${serverURL}${api}/review-requests/status?${query}`, {
      credentials: 'include',
    }).catch(() => undefined)
    if (response?.ok) setStatus((await response.json()) as Status)
  }, [api, collectionSlug, id, locale, serverURL])
  useEffect(() => void load(), [load])

  if (id === undefined || !collectionSlug || !status) return null
  const role = user?.role
  const request = status.request
  const reviewer = role === 'coordinator' || role === 'admin'
  const author = role === 'editor' || role === 'translator'

  const post = async (path: string, body: unknown) => {
    setWorking(true)
    setError(undefined)
    const response = await fetch(`${serverURL}${api}/review-requests/${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => undefined)
    const answer = (await response?.json().catch(() => undefined)) as { message?: string } | undefined
    setWorking(false)
    if (response?.ok) {
      setComment('')
      await load()
    } else setError(answer?.message ?? '')
  }

  return (
    <div className="field-type review-panel" data-review-state={request?.state ?? 'none'}>
      <h4 className="review-panel__heading">{words.heading}</h4>
      {request?.state === 'submitted' && <p>{words.submitted((request.submittedAt ?? '').slice(0, 10))}</p>}
      {request?.state === 'returned' && (
        <div className="review-panel__comment">
          <p>{words.returned}</p>
          <blockquote data-review-comment>{request.comment}</blockquote>
        </div>
      )}
      {request?.state === 'published' && <p>{words.published}</p>}
      <p>
        <a href={`${adminRoute}${status.compare}`}>{words.compare}</a>
      </p>
      {author && request?.state !== 'submitted' && (
        <>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={working}
            onClick={() => void post('submit', { collection: collectionSlug, id, locale })}
          >
            {working ? words.working : request?.state === 'returned' ? words.submitAgain : words.submit}
          </Button>
          <p className="field-description">{words.submitHelp}</p>
        </>
      )}
      {reviewer && request?.state === 'submitted' && (
        <>
          <p className="field-description">{words.publishHint}</p>
          <label htmlFor="review-comment">{words.commentLabel}</label>
          <textarea
            id="review-comment"
            rows={4}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={working || !comment.trim()}
            onClick={() => void post(`${request.id}/return`, { comment })}
          >
            {working ? words.working : words.returnButton}
          </Button>
        </>
      )}
      <div aria-live="polite">
        {error !== undefined && (
          <p role="alert">
            {words.failed} {error}
          </p>
        )}
      </div>
    </div>
  )
}
