import { z } from 'zod'

/**
 * Field types shared by every document. The CMS validates each field with these
 * on save, the exporter and the site validate with them again, so a value
 * accepted in one place is accepted everywhere.
 */

export const slug = z
  .string()
  .min(1, 'A slug is required.')
  .max(96, 'Use at most 96 characters for a slug.')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters a-z, digits and single hyphens only (for example "know-your-rights"); the slug is part of every translated URL.',
  )

export const documentId = z.union([z.string().min(1), z.number().int().positive()])

/** A relation to another document, by its id. */
export const ref = documentId

/** A calendar date (no time), such as a review or verification date. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'Use a date in the form YYYY-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'This is not a real calendar date.')

export const timestamp = z.iso.datetime({ offset: true })

export const httpUrl = z
  .url({ protocol: /^https?$/, message: 'Use a full web address starting with https:// or http://.' })
  .max(2048)

export const email = z.email('Use an e-mail address such as info@example.org.')

/** Digits, spaces, hyphens, parentheses and a leading +, as people write phone numbers. */
export const phoneNumber = z
  .string()
  .regex(
    /^\+?[0-9][0-9 ()-]{2,24}$/,
    'Use digits, spaces, hyphens and brackets only, with an optional leading + (for example 1-888-373-7888).',
  )

/** SMS short codes and numbers, optionally with the keyword to text ("233733" or "HELP to 233733"). */
export const smsNumber = z
  .string()
  .regex(
    /^([A-Za-z]{1,20} to )?\+?[0-9][0-9 -]{2,20}$/,
    'Use an SMS number or short code, optionally with a keyword (for example "HELP to 233733").',
  )

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code in capitals, such as US or TH.')

/** ISO 639-1 language code, for the languages an organization or hotline serves. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Use a two- or three-letter ISO 639 language code in lowercase, such as en or th.')

export const year = z.number().int().min(1888, 'Films and organizations date from 1888 on.').max(2100)

export const positiveMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60)

export const audiences = [
  'survivors',
  'workers',
  'volunteers',
  'educators',
  'faith-groups',
  'students',
  'employers',
  'service-providers',
  'general-public',
] as const
export const audience = z.enum(audiences)

export const contentWarningCodes = [
  'sexual-violence',
  'physical-violence',
  'child-exploitation',
  'self-harm',
  'substance-use',
  'coercion-and-threats',
  'racism-and-xenophobia',
] as const
export const contentWarning = z.enum(contentWarningCodes)

export const ageGuidances = ['all-ages', '12-plus', '15-plus', '16-plus', '18-plus'] as const
export const ageGuidance = z.enum(ageGuidances)

export const donationPriorities = ['urgent', 'high', 'normal'] as const
export const donationPriority = z.enum(donationPriorities)

export const donationCategories = [
  'food',
  'hygiene',
  'clothing',
  'baby',
  'household',
  'school',
  'medical',
  'phone-and-transport',
  'gift-cards',
  'other',
] as const
export const donationCategory = z.enum(donationCategories)

export const timelinePhases = ['weeks-before', 'week-before', 'day-of', 'after'] as const
export const timelinePhase = z.enum(timelinePhases)

export const calloutTones = ['info', 'warning', 'safety'] as const
export const calloutTone = z.enum(calloutTones)

/** Where a volunteer does the work. */
export const workplaces = ['in-person', 'remote', 'hybrid'] as const
export const workplace = z.enum(workplaces)

/** The printed outreach materials a coalition hands out or puts up. */
export const materialKinds = ['poster', 'palm-card', 'flyer'] as const
export const materialKind = z.enum(materialKinds)
export const actionKinds = [
  'learn',
  'give',
  'volunteer',
  'advocate',
  'shop-responsibly',
  'host-an-event',
] as const
export const actionKind = z.enum(actionKinds)

export const actionEfforts = ['minutes', 'an-afternoon', 'ongoing'] as const
export const actionEffort = z.enum(actionEfforts)

export const actionCosts = ['free', 'low-cost', 'paid'] as const
export const actionCost = z.enum(actionCosts)

export const eventKinds = [
  'awareness-event',
  'workshop',
  'training',
  'screening',
  'panel',
  'coalition-meeting',
] as const
export const eventKind = z.enum(eventKinds)
