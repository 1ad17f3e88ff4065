import { describe, expect, it } from 'vitest'

import { toContentIssues } from '../issues.ts'
import { outreachMaterial } from './outreachMaterial.ts'

const valid = {
  id: 5,
  updatedAt: '2026-11-20T10:00:00.000Z',
  slug: 'ghost-fleet-poster',
  title: { en: 'Screening poster' },
  summary: { en: 'Announce the screening.' },
  organization: 1,
  reviewBy: '2027-05-01',
  kind: 'poster',
  placement: { en: 'Community centres.' },
  files: [
    { language: 'en', file: 11 },
    { language: 'es', file: 12 },
  ],
  screeningKit: 2,
}

const issuesOf = (value: unknown) => {
  const result = outreachMaterial.safeParse(value)
  expect(result.success).toBe(false)
  return toContentIssues(result.error!, value)
}

describe('the outreach material contract', () => {
  it('accepts a material with one file per language', () => {
    expect(outreachMaterial.safeParse(valid).success).toBe(true)
  })

  it('refuses a material without a file, saying what to upload', () => {
    const [issue] = issuesOf({ ...valid, files: [] })
    expect(issue).toMatchObject({ field: 'files' })
    expect(issue!.message).toContain('Upload at least one file')
  })

  it('refuses two files in the same language', () => {
    const [issue] = issuesOf({ ...valid, files: [...valid.files, { language: 'en', file: 13 }] })
    expect(issue).toMatchObject({ field: 'files' })
    expect(issue!.message).toContain('same language')
  })

  it('refuses an unknown kind, a language that is not a code and a missing placement', () => {
    const issues = issuesOf({
      ...valid,
      kind: 'billboard',
      placement: { es: 'Centros.' },
      files: [{ language: 'English', file: 11 }],
    })
    expect(issues.map((issue) => issue.field).sort()).toEqual(['files.0.language', 'kind', 'placement'])
  })
})
