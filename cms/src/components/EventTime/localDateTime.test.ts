import { describe, expect, it } from 'vitest'

import { event } from '@hub/content-schemas'

import { pickerValue, storedValue } from './localDateTime'

describe('an event time between the picker and the store', () => {
  it('stores what the picker gives in the contract’s form, dropping seconds a browser adds', () => {
    expect(storedValue('2026-12-03T19:00', false)).toBe('2026-12-03T19:00')
    expect(storedValue('2026-12-03T19:00:00', false)).toBe('2026-12-03T19:00')
    expect(storedValue('2026-12-03', true)).toBe('2026-12-03')
    expect(storedValue('2026-12-03T19:00', true)).toBe('2026-12-03')
    expect(storedValue('', false)).toBeNull()
  })

  it('shows a stored value the picker can hold, and an empty picker for one it cannot', () => {
    expect(pickerValue('2026-12-03T19:00', false)).toBe('2026-12-03T19:00')
    expect(pickerValue('2026-12-03T19:00', true)).toBe('2026-12-03')
    expect(pickerValue('2026-12-03', false)).toBe('')
    expect(pickerValue('next Tuesday', true)).toBe('')
    expect(pickerValue(null, false)).toBe('')
  })

  it('gives times the contract accepts, timed and all-day', () => {
    const base = {
      id: 1,
      updatedAt: '2026-11-20T10:00:00.000Z',
      slug: 'picked',
      title: { en: 'Picked' },
      summary: { en: 'Picked in the admin.' },
      organization: 1,
      reviewBy: '2027-05-01',
      kind: 'workshop',
      timeZone: 'Asia/Bangkok',
      onlineUrl: 'https://hub.example.org/meet',
      hosts: [1],
      languages: [{ code: 'th' }],
    }
    const timed = {
      start: storedValue('2026-12-03T19:00:00', false),
      end: storedValue('2026-12-03T21:00', false),
    }
    expect(event.safeParse({ ...base, ...timed }).success).toBe(true)
    const allDay = {
      allDay: true,
      start: storedValue('2026-12-03', true),
      end: storedValue('2026-12-04', true),
    }
    expect(event.safeParse({ ...base, ...allDay }).success).toBe(true)
  })
})
