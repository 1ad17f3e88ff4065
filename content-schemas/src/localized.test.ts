import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { localized, optionalLocalized } from './localized.ts'

const sample = z.object({
  title: localized(z.string().min(1)),
  note: optionalLocalized(z.string()),
  rows: z.array(z.object({ text: localized(z.string()), kind: z.enum(['a', 'b']) })).default([]),
  year: z.number(),
})

describe('localized values', () => {
  it('requires English and accepts any subset of the other locales', () => {
    expect(sample.safeParse({ title: { en: 'Hello', th: 'สวัสดี' }, year: 2020 }).success).toBe(true)
    const missingEnglish = sample.safeParse({ title: { es: 'Hola' }, year: 2020 })
    expect(missingEnglish.success).toBe(false)
    expect(missingEnglish.error?.issues[0]?.path).toEqual(['title', 'en'])
  })

  it('refuses a locale the hub does not publish', () => {
    const result = sample.safeParse({ title: { en: 'Hello', de: 'Hallo' }, year: 2020 })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['de'],
      path: ['title'],
    })
  })

  it('lets an optional localized value be empty in every locale', () => {
    expect(sample.safeParse({ title: { en: 'x' }, note: { en: null }, year: 1 }).success).toBe(true)
    expect(sample.safeParse({ title: { en: 'x' }, note: null, year: 1 }).success).toBe(true)
  })
})
