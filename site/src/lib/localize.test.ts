import { describe, expect, it } from 'vitest'

import { isTranslated, pick, translationOf } from './localize'

describe('choosing the reader’s language', () => {
  it('uses the reader’s locale when the value exists there', () => {
    expect(pick({ en: 'Guide', th: 'คู่มือ' }, 'th')).toEqual({ value: 'คู่มือ', fallback: false })
  })

  it('falls back to English, and says it did, when a translation is missing or empty', () => {
    expect(pick({ en: 'Guide', fr: '' }, 'fr')).toEqual({ value: 'Guide', fallback: true })
    expect(pick({ en: 'Guide', ar: null }, 'ar')).toEqual({ value: 'Guide', fallback: true })
  })

  it('is never a fallback in English itself', () => {
    expect(pick({ en: 'Guide' }, 'en')).toEqual({ value: 'Guide', fallback: false })
  })

  it('counts a document as translated when its title or name is', () => {
    expect(isTranslated({ title: { en: 'A', es: 'B' } }, 'es')).toBe(true)
    expect(isTranslated({ title: { en: 'A' } }, 'es')).toBe(false)
    expect(isTranslated({ name: { en: 'A', ar: 'ب' } }, 'ar')).toBe(true)
  })

  it('says a document is partly translated when its title is but another field the reader sees is not', () => {
    const guide = {
      slug: 'a-guide',
      title: { en: 'A guide', es: 'Una guía' },
      body: { en: { root: { children: [] } }, es: null },
      steps: [{ text: { en: 'Call', es: 'Llame' } }],
    }
    expect(translationOf(guide, 'es')).toBe('partial')
    expect(translationOf({ ...guide, body: { ...guide.body, es: { root: { children: [] } } } }, 'es')).toBe(
      'complete',
    )
    expect(translationOf({ ...guide, steps: [{ text: { en: 'Call' } }] }, 'fr')).toBe('missing')
    expect(translationOf(guide, 'en')).toBe('complete')
  })

  it('does not count a value left empty in English too as missing', () => {
    expect(translationOf({ title: { en: 'A', th: 'ก' }, note: { en: null } }, 'th')).toBe('complete')
  })
})
