import { describe, expect, it } from 'vitest'

import { guide } from './documents/guide'
import { describeIssue, toContentIssues } from './issues'
import { lexical } from './lexical'

const validGuide = {
  id: 7,
  updatedAt: '2026-11-20T10:00:00.000Z',
  slug: 'know-your-rights',
  title: { en: 'Know your rights', es: 'Conozca sus derechos' },
  summary: { en: 'What an employer may and may not do.' },
  organization: 1,
  reviewBy: '2027-05-01',
  body: { en: lexical.doc(lexical.p('Text.')) },
}

describe('content issues', () => {
  it('accepts a complete guide', () => {
    expect(guide.safeParse(validGuide).success).toBe(true)
  })

  it('names the field and the locale of a missing translation value', () => {
    const result = guide.safeParse({ ...validGuide, title: { en: 'Know', es: 42 } })
    expect(result.success).toBe(false)
    const [issue] = toContentIssues(result.error!)
    expect(issue).toMatchObject({ field: 'title', locale: 'es' })
    expect(describeIssue("guides 'know-your-rights'", issue!)).toMatch(
      /^guides 'know-your-rights': title \(es\): /,
    )
  })

  it('says which locale is unknown and which exist', () => {
    const result = guide.safeParse({ ...validGuide, summary: { en: 'x', pt: 'y' } })
    const [issue] = toContentIssues(result.error!)
    expect(issue).toMatchObject({ field: 'summary' })
    expect(issue!.message).toContain('"pt"')
    expect(issue!.message).toContain('en, es, fr, ar, th')
  })

  it('explains a malformed slug in words an editor can act on', () => {
    const result = guide.safeParse({ ...validGuide, slug: 'Know Your Rights!' })
    const [issue] = toContentIssues(result.error!)
    expect(issue).toMatchObject({ field: 'slug' })
    expect(issue!.message).toContain('lowercase')
  })

  it('refuses a quote without recorded consent inside rich text', () => {
    const body = lexical.doc(
      lexical.block({
        blockType: 'consentedQuote',
        quote: 'Words',
        attribution: 'A worker',
        consentRecorded: false as true,
      }),
    )
    const result = guide.safeParse({ ...validGuide, body: { en: body } })
    expect(result.success).toBe(false)
  })
})
