import { describe, expect, it } from 'vitest'

import { eventContent } from './event.ts'

const valid = {
  slug: 'open-house',
  title: { en: 'Open house' },
  summary: { en: 'Meet the coalition.' },
  organization: 1,
  reviewBy: '2027-01-01',
  kind: 'workshop',
  start: '2026-12-03T19:00',
  end: '2026-12-03T21:00',
  timeZone: 'Asia/Bangkok',
  venue: { name: { en: 'Community hall' }, address: { en: '12 Sukhumvit Rd, Bangkok' } },
  hosts: [1],
  languages: [{ code: 'th' }],
}

/** The messages the contract gives, by field path. */
function messages(input: object) {
  const result = eventContent.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('event contract', () => {
  it('accepts a timed event at a venue and an all-day online event', () => {
    expect(eventContent.safeParse(valid).success).toBe(true)
    const online = { ...valid, venue: null, onlineUrl: 'https://meet.example.org/x', allDay: true }
    expect(eventContent.safeParse({ ...online, start: '2026-12-03', end: '2026-12-04' }).success).toBe(true)
  })

  it('refuses an end before the start, naming both times', () => {
    expect(messages({ ...valid, end: '2026-12-03T18:00' })).toEqual({
      end: 'The end (2026-12-03T18:00) must be after the start (2026-12-03T19:00).',
    })
    expect(messages({ ...valid, allDay: true, start: '2026-12-03', end: '2026-12-02' })).toEqual({
      end: 'The end date (2026-12-02) is before the start date (2026-12-03); use the last day of the event.',
    })
  })

  it('refuses an unknown time zone with an example of a known one', () => {
    expect(messages({ ...valid, timeZone: 'Bangkok' })).toEqual({
      timeZone: 'Use an IANA time zone name such as Asia/Bangkok, Europe/Paris or America/New_York.',
    })
  })

  it('asks for times that fit all-day or not', () => {
    expect(messages({ ...valid, allDay: true })).toEqual({
      start: 'Use a date such as 2026-12-03 (the event is all-day) for the start.',
      end: 'Use a date such as 2026-12-03 (the event is all-day) for the end.',
    })
    expect(messages({ ...valid, start: '2026-12-03' })).toEqual({
      start: 'Use a local date and time such as 2026-12-03T19:00 (or tick all-day) for the start.',
    })
    expect(messages({ ...valid, start: '2026-02-30T19:00' })).toMatchObject({
      start: 'This is not a real date or time of day.',
    })
  })

  it('needs a venue or an online link, a host and a language', () => {
    expect(messages({ ...valid, venue: null, hosts: [], languages: [] })).toEqual({
      'venue.name': 'Give a venue (name and address) or an online link where people join.',
      hosts: 'Choose at least one host organization.',
      languages: 'Add the language (or languages) spoken at the event.',
    })
  })

  it('asks for the address of a named venue', () => {
    expect(messages({ ...valid, venue: { name: { en: 'Community hall' }, address: null } })).toEqual({
      'venue.address': 'Give the address of Community hall in English, so readers can find it.',
    })
  })

  it('links a screening kit only from a screening', () => {
    expect(messages({ ...valid, screeningKit: 4 })).toEqual({
      screeningKit: 'Only a screening links a screening kit: set the kind to screening or remove the kit.',
    })
    expect(messages({ ...valid, kind: 'screening', screeningKit: 4 })).toEqual({})
  })
})
