import { describe, expect, it } from 'vitest'

import { describeIssue, toContentIssues } from '../issues.ts'
import { volunteerOpportunity } from './volunteerOpportunity.ts'

const valid = {
  id: 3,
  updatedAt: '2026-11-20T10:00:00.000Z',
  slug: 'hotline-volunteer',
  title: { en: 'Hotline volunteer' },
  summary: { en: 'Answer calls from workers.' },
  organization: 1,
  reviewBy: '2027-05-01',
  commitment: { en: '4 hours a week' },
  workplace: 'remote',
  howToApply: { en: 'Write to us.' },
  closingDate: '2027-01-31',
}

const issuesOf = (value: unknown) => {
  const result = volunteerOpportunity.safeParse(value)
  expect(result.success).toBe(false)
  return toContentIssues(result.error!, value)
}

describe('the volunteer opportunity contract', () => {
  it('accepts a role with a closing date, and one without', () => {
    expect(volunteerOpportunity.safeParse(valid).success).toBe(true)
    expect(volunteerOpportunity.safeParse({ ...valid, closingDate: null }).success).toBe(true)
  })

  it('refuses a closing date that is not a date, naming the field and the form to use', () => {
    const [issue] = issuesOf({ ...valid, closingDate: 'end of January' })
    expect(issue).toMatchObject({ field: 'closingDate' })
    expect(describeIssue("volunteer-opportunities 'hotline-volunteer'", issue!)).toContain('YYYY-MM-DD')
    const [impossible] = issuesOf({ ...valid, closingDate: '2027-02-30x' })
    expect(impossible).toMatchObject({ field: 'closingDate' })
  })

  it('needs the commitment and how to apply in English', () => {
    const issues = issuesOf({ ...valid, commitment: { en: '' }, howToApply: { es: 'Escríbanos.' } })
    expect(issues.map((issue) => issue.field).sort()).toEqual(['commitment', 'howToApply'])
    expect(issues.find((issue) => issue.field === 'commitment')!.message).toContain('how much time')
  })

  it('refuses an unknown workplace and an application address that is not an address', () => {
    const issues = issuesOf({
      ...valid,
      workplace: 'anywhere',
      applyEmail: 'maria at example',
      applyUrl: 'x.org',
    })
    expect(issues.map((issue) => issue.field).sort()).toEqual(['applyEmail', 'applyUrl', 'workplace'])
  })
})
