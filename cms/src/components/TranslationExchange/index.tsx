'use client'

import { Button, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useRef, useState, type ChangeEvent } from 'react'

import { defaultLocale, localeNames, locales, type Locale } from '@hub/content-schemas'

import type { ImportReport } from '../../translation/importXliff'
import { exchangeWords } from './words'

const targetLocales = locales.filter((locale) => locale !== defaultLocale)

type Outcome = { report: ImportReport } | { error: string }

/**
 * In a document's sidebar: its text as an XLIFF file for a CAT tool, and the
 * translated file back as a draft of that language, with what was saved and
 * what was refused and why.
 */
export function TranslationExchange() {
  const { id, collectionSlug } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [locale, setLocale] = useState<Locale>(
    targetLocales.includes(code as Locale) ? (code as Locale) : targetLocales[0]!,
  )
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()
  const fileInput = useRef<HTMLInputElement>(null)
  if (id === undefined || !collectionSlug) return null
  const words = exchangeWords(i18n.language)
  const query = new URLSearchParams({ locale, collection: collectionSlug, id: String(id) })

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    setOutcome(undefined)
    try {
      const response = await fetch(`${serverURL}${api}/xliff/import?locale=${locale}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/x-xliff+xml' },
        body: await file.text(),
      })
      const body = await response.json()
      setOutcome(response.ok ? { report: body } : { error: body.errors?.[0]?.message ?? response.statusText })
    } catch (error) {
      setOutcome({ error: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type translation-exchange">
      <div className="field-label">{words.heading}</div>
      <p style={{ fontSize: '0.85em' }}>{words.intro}</p>
      <label>
        {words.translateInto}{' '}
        <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
          {targetLocales.map((target) => (
            <option key={target} value={target}>
              {localeNames[target]}
            </option>
          ))}
        </select>
      </label>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <Button
          el="anchor"
          url={`${serverURL}${api}/xliff/export?${query}`}
          buttonStyle="secondary"
          size="small"
        >
          {words.export}
        </Button>
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy}
          onClick={() => fileInput.current?.click()}
        >
          {busy ? words.importing : words.import}
        </Button>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".xlf,.xliff,application/x-xliff+xml,application/xml,text/xml"
        onChange={(event) => void importFile(event)}
        hidden
        aria-label={words.import}
      />
      <div aria-live="polite" className="translation-exchange__report">
        {outcome && 'error' in outcome ? (
          <p role="alert">
            {words.unreadable}: {outcome.error}
          </p>
        ) : null}
        {outcome && 'report' in outcome
          ? outcome.report.documents.map((document) => (
              <div key={document.document} data-document={document.document}>
                {document.error ? <p role="alert">{document.error}</p> : null}
                {document.stale ? <p role="alert">{words.stale}</p> : null}
                {document.applied.length > 0 ? <p>{words.applied(document.applied.length)}</p> : null}
                {document.untranslated > 0 ? <p>{words.untranslated(document.untranslated)}</p> : null}
                {document.refused.length > 0 ? (
                  <ul>
                    {document.refused.map((refusal) => (
                      <li key={refusal.unit}>
                        {words.refused}: <code>{refusal.unit}</code> ({refusal.field || document.document}):{' '}
                        {refusal.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))
          : null}
      </div>
    </div>
  )
}
