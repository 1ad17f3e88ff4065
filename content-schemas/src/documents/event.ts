import { z } from 'zod'

import { eventKind, httpUrl, languageCode, ref } from '../fields.ts'
import { optionalLocalized } from '../localized.ts'
import { documentMeta, resourceFields } from './common.ts'

/** A wall-clock time where the event happens, without a zone: "2026-12-03T19:00". */
const localDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** The time zones the runtime's Intl knows, by their IANA names: what the admin offers and the contract accepts. */
export const timeZoneNames: readonly string[] = [
  ...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']),
].sort()
const knownTimeZones = new Set(timeZoneNames)

export const timeZone = z
  .string()
  .refine(
    (value) => knownTimeZones.has(value),
    'Use an IANA time zone name such as Asia/Bangkok, Europe/Paris or America/New_York.',
  )

const eventWhen = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
    'Use a local date and time such as 2026-12-03T19:00, or a date such as 2026-12-03 for an all-day event.',
  )
  .refine((value) => {
    const [date, time = '00:00'] = value.split('T') as [string, string?]
    const parsed = new Date(`${date}T${time}:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(`${date}T${time}`)
  }, 'This is not a real date or time of day.')

/** Where people come; empty (every field) for an online-only event. */
export const eventVenue = z.object({
  name: optionalLocalized(z.string()),
  address: optionalLocalized(z.string()),
  accessibility: optionalLocalized(z.string()),
})

const eventShape = z.object({
  ...resourceFields,
  kind: eventKind,
  allDay: z.boolean().default(false),
  start: eventWhen,
  end: eventWhen,
  timeZone,
  venue: eventVenue.nullish(),
  onlineUrl: httpUrl.nullish(),
  hosts: z.array(ref).min(1, 'Choose at least one host organization.'),
  screeningKit: ref.nullish(),
  languages: z
    .array(z.object({ code: languageCode }))
    .min(1, 'Add the language (or languages) spoken at the event.'),
  cost: optionalLocalized(z.string()),
  registrationUrl: httpUrl.nullish(),
  registrationContact: optionalLocalized(z.string()),
  capacityNotes: optionalLocalized(z.string()),
  /** The news post telling how the event went, shown once the event is over. */
  recap: ref.nullish(),
})

type EventTimes = Pick<z.infer<typeof eventShape>, 'allDay' | 'start' | 'end' | 'venue' | 'onlineUrl'> & {
  kind: string
  screeningKit?: unknown
}

/** The rules between fields: times that fit all-day or not, end after start, a place to go. */
function checkEvent(event: EventTimes, ctx: z.RefinementCtx) {
  const form = event.allDay ? datePattern : localDateTimePattern
  const expected = event.allDay
    ? 'a date such as 2026-12-03 (the event is all-day)'
    : 'a local date and time such as 2026-12-03T19:00 (or tick all-day)'
  for (const field of ['start', 'end'] as const) {
    if (!form.test(event[field])) {
      ctx.addIssue({ code: 'custom', path: [field], message: `Use ${expected} for the ${field}.` })
    }
  }
  const bothFit = form.test(event.start) && form.test(event.end)
  if (bothFit && (event.allDay ? event.end < event.start : event.end <= event.start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: event.allDay
        ? `The end date (${event.end}) is before the start date (${event.start}); use the last day of the event.`
        : `The end (${event.end}) must be after the start (${event.start}).`,
    })
  }
  const venueName = event.venue?.name?.en
  if (!venueName && !event.onlineUrl) {
    ctx.addIssue({
      code: 'custom',
      path: ['venue', 'name'],
      message: 'Give a venue (name and address) or an online link where people join.',
    })
  }
  if (venueName && !event.venue?.address?.en) {
    ctx.addIssue({
      code: 'custom',
      path: ['venue', 'address'],
      message: `Give the address of ${venueName} in English, so readers can find it.`,
    })
  }
  if (event.screeningKit != null && event.kind !== 'screening') {
    ctx.addIssue({
      code: 'custom',
      path: ['screeningKit'],
      message: 'Only a screening links a screening kit: set the kind to screening or remove the kit.',
    })
  }
}

/** The event's fields, for the CMS to derive its field configs from. */
export const eventFields = eventShape

export const eventContent = eventShape.superRefine(checkEvent)

export const event = eventShape.extend(documentMeta).superRefine(checkEvent)
export type Event = z.infer<typeof event>
