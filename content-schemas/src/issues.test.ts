import { describe, expect, it } from 'vitest'

import { guide } from './documents/guide.ts'
import { describeIssue, toContentIssues } from './issues.ts'
import { lexical } from './lexical.ts'

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

  const withBody = (...children: ReturnType<typeof lexical.p>[]) => ({
    ...validGuide,
    body: { en: lexical.doc(lexical.p('Intro.')), es: lexical.doc(...children) },
  })

  it('says which link in which paragraph needs https://, on the body field', () => {
    const document = withBody(
      lexical.h2('Where to get help'),
      lexical.p('One.'),
      lexical.p('Two.'),
      lexical.p('Contact ', lexical.link('the alliance', 'www.harbor-alliance.org'), ' today.'),
    )
    const result = guide.safeParse(document)
    const issues = toContentIssues(result.error!, document)
    expect(issues).toEqual([
      {
        field: 'body',
        locale: 'es',
        message:
          'The link \'www.harbor-alliance.org\' in paragraph 3 ("Contact the alliance today.") needs https:// at the start: write https://www.harbor-alliance.org',
      },
    ])
    expect(describeIssue("guides 'know-your-rights'", issues[0]!)).toContain('body (es): The link')
  })

  it('counts list items and names blocks as the editor sees them', () => {
    const document = withBody(
      lexical.ul(['First'], ['See ', lexical.link('this', 'javascript:alert(1)')]),
      lexical.block({ blockType: 'callout', tone: 'info', text: 'Fine.' }),
      lexical.block({ blockType: 'steps', steps: [{ title: 'Go', text: '' }] }),
    )
    const messages = toContentIssues(guide.safeParse(document).error!, document).map((issue) => issue.message)
    expect(messages).toEqual([
      expect.stringMatching(
        /^The link 'javascript:alert\(1\)' in list 1 \("FirstSee this"\), item 2 is not a web address/,
      ),
      expect.stringMatching(/^In the Steps block \(block 2\), steps, row 1, text: /),
    ])
  })

  it('names content the site cannot show instead of pointing at a path', () => {
    const document = withBody(lexical.p('Fine.'), { type: 'table', version: 1, children: [] })
    const [issue] = toContentIssues(guide.safeParse(document).error!, document)
    expect(issue).toMatchObject({ field: 'body', locale: 'es' })
    expect(issue!.message).toBe(
      'In "table" element 1: "table" content cannot be shown on the site; remove it or write it as plain text.',
    )
  })
})
