import { z } from 'zod'

import { defaultLocale, locales, type Locale } from './locales'

/**
 * Localized values are stored as Payload's `locale=all` returns them:
 * `{ "en": ..., "es": ... }`. English is required because it is the fallback
 * for every missing translation; any other key is an unknown locale.
 */
const localizedInner = new WeakMap<z.ZodType, z.ZodType>()

export function localized<T extends z.ZodType>(inner: T) {
  const shape = Object.fromEntries(
    locales.map((locale) => [locale, locale === defaultLocale ? inner : inner.nullish()]),
  ) as { [K in Locale]: K extends 'en' ? T : z.ZodOptional<z.ZodNullable<T>> }
  const schema = z.strictObject(shape)
  localizedInner.set(schema, inner)
  return schema
}

/** A localized value that may be left empty in every locale, English included. */
export function optionalLocalized<T extends z.ZodType>(inner: T) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, inner.nullish()])) as {
    [K in Locale]: z.ZodOptional<z.ZodNullable<T>>
  }
  const schema = z.strictObject(shape)
  localizedInner.set(schema, inner)
  return schema.nullish()
}

export type Localized<T> = { en: T } & { [K in Exclude<Locale, 'en'>]?: T | null }

/**
 * The same schema seen from one locale, as Payload's Local API and REST return
 * a document for `locale=xx`: every localized value replaced by its inner type.
 */
export function forLocale(schema: z.ZodType): z.ZodType {
  const inner = localizedInner.get(schema)
  if (inner) return forLocale(inner)
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [
        key,
        forLocale(value),
      ]),
    )
    return z.object(shape)
  }
  if (schema instanceof z.ZodArray) return z.array(forLocale(schema.element as z.ZodType))
  if (schema instanceof z.ZodOptional) return forLocale(schema.unwrap() as z.ZodType).optional()
  if (schema instanceof z.ZodNullable) return forLocale(schema.unwrap() as z.ZodType).nullable()
  if (schema instanceof z.ZodDefault) {
    return forLocale(schema.unwrap() as z.ZodType).default(schema.def.defaultValue as never)
  }
  return schema
}

/** Field paths (dot separated, array items elided) whose values are localized. */
export function localizedPaths(schema: z.ZodType, prefix = ''): string[] {
  if (localizedInner.has(schema)) return [prefix]
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) =>
      localizedPaths(value, prefix ? `${prefix}.${key}` : key),
    )
  }
  if (schema instanceof z.ZodArray) return localizedPaths(schema.element as z.ZodType, prefix)
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return localizedPaths(schema.unwrap() as z.ZodType, prefix)
  }
  return []
}
