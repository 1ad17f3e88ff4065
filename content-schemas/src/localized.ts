import { z } from 'zod'

import { defaultLocale, locales, type Locale } from './locales.ts'

/**
 * Localized values are stored as Payload's `locale=all` returns them:
 * `{ "en": ..., "es": ... }`. English is required because it is the fallback
 * for every missing translation; any other key is an unknown locale.
 */
export function localized<T extends z.ZodType>(inner: T) {
  const shape = Object.fromEntries(
    locales.map((locale) => [locale, locale === defaultLocale ? inner : inner.nullish()]),
  ) as { [K in Locale]: K extends 'en' ? T : z.ZodOptional<z.ZodNullable<T>> }
  return z.strictObject(shape)
}

/** A localized value that may be left empty in every locale, English included. */
export function optionalLocalized<T extends z.ZodType>(inner: T) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, inner.nullish()])) as {
    [K in Locale]: z.ZodOptional<z.ZodNullable<T>>
  }
  return z.strictObject(shape).nullish()
}

export type Localized<T> = { en: T } & { [K in Exclude<Locale, 'en'>]?: T | null }
