import { TZDate } from '@date-fns/tz'
import icalGenerator from 'ical-generator'

import { pagePath, type Event, type Locale } from '@hub/content-schemas'

import { dateFormat } from './formats'
import { text } from './localize'

/** A wall-clock date and time in the event's zone as an instant. */
function instant(value: string, timeZone: string): Date {
  const [date, time = '00:00'] = value.split('T') as [string, string?]
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return new Date(TZDate.tz(timeZone, year, month - 1, day, hour, minute).getTime())
}

/** When the event begins, as an instant. */
export const eventStart = (event: Event) => instant(event.start, event.timeZone)

/** When the event is over: its end, or for an all-day event midnight after its last day. */
export function eventEnd(event: Event): Date {
  if (!event.allDay) return instant(event.end, event.timeZone)
  return instant(dayAfter(event.end), event.timeZone)
}

/** The calendar date after `date` (YYYY-MM-DD). */
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** Events not yet over, soonest first. */
export function upcomingEvents(events: Event[], now: Date): Event[] {
  return events
    .filter((event) => eventEnd(event) > now)
    .sort((a, b) => eventStart(a).getTime() - eventStart(b).getTime())
}

/** Events that are over, latest first. */
export function pastEvents(events: Event[], now: Date): Event[] {
  return events
    .filter((event) => eventEnd(event) <= now)
    .sort((a, b) => eventStart(b).getTime() - eventStart(a).getTime())
}

/** The event's date and time, in its own zone and the reader's language ("Thursday 3 December, 19:00 – 21:30 (Indochina Time)"). */
export function eventWhen(event: Event, locale: Locale): string {
  if (event.allDay) {
    const format = dateFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
    const day = (value: string) => new Date(`${value}T00:00:00Z`)
    return event.start === event.end
      ? format.format(day(event.start))
      : format.formatRange(day(event.start), day(event.end))
  }
  const format = dateFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timeZone })
  // The zone by its name in the reader's language ("heure normale du Centre"), not its IANA id.
  const zone =
    dateFormat(locale, { timeZone: event.timeZone, timeZoneName: 'long' })
      .formatToParts(eventStart(event))
      .find((part) => part.type === 'timeZoneName')?.value ?? event.timeZone
  return `${format.formatRange(eventStart(event), eventEnd(event))} (${zone})`
}

/** The place an event happens, as one line for a calendar. */
function location(event: Event, locale: Locale): string | undefined {
  const venue = [text(event.venue?.name, locale), text(event.venue?.address, locale)].filter(Boolean)
  return venue.length > 0 ? venue.join(', ') : (event.onlineUrl ?? undefined)
}

/**
 * An iCalendar file (RFC 5545) of the events in the reader's language. Times
 * are written in UTC, so every calendar shows them right whatever its zone;
 * all-day events stay dates. The UID is the same in every build, so a
 * subscribed calendar updates an event rather than adding it again.
 */
export function eventCalendar(events: Event[], locale: Locale, site: URL, name: string): string {
  const calendar = icalGenerator({ name, prodId: { company: 'Coalition Resource Hub', product: 'events' } })
  for (const event of events) {
    const url = new URL(pagePath('events', event.slug, locale), site).toString()
    calendar.createEvent({
      id: `${event.slug}@${site.host}`,
      start: event.allDay ? new Date(`${event.start}T00:00:00Z`) : eventStart(event),
      end: event.allDay ? new Date(`${dayAfter(event.end)}T00:00:00Z`) : eventEnd(event),
      allDay: event.allDay,
      stamp: new Date(event.updatedAt),
      summary: text(event.title, locale) ?? event.slug,
      description: `${text(event.summary, locale) ?? ''}\n\n${url}`,
      location: location(event, locale),
      url,
    })
  }
  return calendar.toString()
}
