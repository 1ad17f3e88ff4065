'use client'

import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

// Long enough for the admin's own navigation to change the address; switching the locale keeps it.
const settleMs = 300

/**
 * Autosave makes Payload create a document the moment "Create new" opens the
 * form. When the editor leaves that form without writing anything, ask the
 * CMS to remove it; the CMS checks that nothing was written before it does.
 */
export function DiscardUntouchedDraft() {
  const { id, collectionSlug, hasPublishedDoc, versionCount } = useDocumentInfo()
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const untouched = useRef(false)
  untouched.current = !modified && !hasPublishedDoc && versionCount <= 1

  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    const editPath = `/collections/${collectionSlug}/${id}`
    const discard = () => {
      if (!untouched.current) return
      void fetch(`${serverURL}${api}/${collectionSlug}/${id}/discard-untouched`, {
        method: 'POST',
        credentials: 'include',
        keepalive: true,
      }).catch(() => undefined)
    }
    window.addEventListener('pagehide', discard)
    return () => {
      window.removeEventListener('pagehide', discard)
      setTimeout(() => {
        if (!window.location.pathname.endsWith(editPath)) discard()
      }, settleMs)
    }
  }, [id, collectionSlug, api, serverURL])

  return null
}
