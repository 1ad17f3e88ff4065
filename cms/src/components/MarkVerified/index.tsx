'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { markVerifiedWords } from './words'

type Outcome = { state: 'done'; lastVerified: string; status: string } | { state: 'refused'; reason: string }
type Answer = { lastVerified?: string; status?: string; reason?: string }

/**
 * In the sidebar of a hotline or donation list: records that the editor
 * confirmed it with the provider today. The CMS saves and, if the document
 * is live, publishes the new dates; the page then reloads to show them.
 */
export function MarkVerified() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [working, setWorking] = useState(false)
  // Server-rendered, the button would do nothing until React takes over the page.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const [outcome, setOutcome] = useState<Outcome>()
  if (id === undefined || !collectionSlug) return null
  const words = markVerifiedWords(i18n.language)

  const verify = async () => {
    setWorking(true)
    const response = await fetch(`${serverURL}${api}/${collectionSlug}/${id}/mark-verified`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    const body = (await response?.json().catch(() => undefined)) as Answer | undefined
    setWorking(false)
    if (response?.ok && body?.lastVerified) {
      setOutcome({ state: 'done', lastVerified: body.lastVerified, status: body.status ?? '' })
      // The form holds the dates it loaded with; a reload shows the saved ones and the new version.
      window.location.reload()
    } else setOutcome({ state: 'refused', reason: body?.reason ?? 'failed' })
  }

  const refusal = (reason: string) =>
    reason === 'pendingChanges'
      ? words.pendingChanges
      : reason === 'forbidden'
        ? words.forbidden
        : words.failed

  return (
    <div className="field-type mark-verified">
      <Button buttonStyle="secondary" size="small" disabled={!ready || working} onClick={() => void verify()}>
        {working ? words.working : words.button}
      </Button>
      <p className="field-description">{words.help}</p>
      <div aria-live="polite" data-mark-verified={outcome?.state}>
        {outcome?.state === 'done' && (
          <p>
            {words.done(outcome.lastVerified)} {outcome.status === 'draft' ? words.draftOnly : ''}
          </p>
        )}
        {outcome?.state === 'refused' && <p role="alert">{refusal(outcome.reason)}</p>}
      </div>
    </div>
  )
}
