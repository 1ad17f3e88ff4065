'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PublishStatus as Status } from '../../publishing/publishStatus'
import { statusText } from './statusText'

const pollEveryMs = 2000
// Ten minutes of polling: longer than any build; the editor can reload after that.
const maxPolls = 300
const underWay: Status['state'][] = ['queued', 'building', 'removalQueued', 'removing']

/**
 * On a document's edit view: whether its last publish is live yet (queued,
 * building, live with a link to the page, or failed with the reason), and
 * after an unpublish whether readers still have the page or it is off the
 * site, so an editor never has to visit Site builds to know.
 */
export function PublishStatus() {
  const { id, collectionSlug, savedDocumentData, hasPublishedDoc } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api, admin },
      serverURL,
    },
  } = useConfig()
  const [status, setStatus] = useState<Status>()
  // Unpublish leaves savedDocumentData as it was and only clears hasPublishedDoc.
  const savedAt = `${savedDocumentData?.updatedAt ?? ''}|${savedDocumentData?._status ?? ''}|${hasPublishedDoc}`

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async (round: number) => {
      const query = new URLSearchParams({ collection: collectionSlug, id: String(id), locale })
      const response = await fetch(`${serverURL}${api}/site-builds/publish-status?${query}`, {
        credentials: 'include',
      }).catch(() => undefined)
      if (stopped || !response?.ok) return
      const next = (await response.json()) as Status
      if (stopped) return
      setStatus(next)
      if (underWay.includes(next.state) && round < maxPolls) {
        timer = setTimeout(() => void poll(round + 1), pollEveryMs)
      }
    }
    void poll(1)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [id, collectionSlug, locale, savedAt, api, serverURL])

  if (!status) return null
  const text = statusText(i18n.language, status)
  return (
    <div className="field-type publish-status" data-publish-state={status.state} aria-live="polite">
      <div className="field-label">{text.heading}</div>
      <p>{text.message}</p>
      {status.state === 'live' && status.url ? (
        <a href={status.url} target="_blank" rel="noreferrer">
          {text.link}
        </a>
      ) : null}
      {status.state === 'failed' || status.state === 'removalFailed' ? (
        <>
          <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.85em' }}>{status.error}</pre>
          <a href={`${admin}/collections/site-builds`}>{text.link}</a>
        </>
      ) : null}
    </div>
  )
}
