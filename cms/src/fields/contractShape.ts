import type { z } from 'zod'

import {
  calendarDate,
  documentId,
  locales,
  optionLabels,
  ref,
  richText,
  type Translations,
} from '@hub/content-schemas'

/**
 * What the content contract says about one field, in the terms of a Payload
 * field: its kind, whether it is localized and required, its limits and its
 * options. The CMS derives its field configs from it and checks them against it.
 */
export type ContractField = {
  kind: 'text' | 'number' | 'checkbox' | 'select' | 'relationship' | 'date' | 'richText' | 'array' | 'group'
  localized: boolean
  required: boolean
  /** Select and relationship: a list of values. */
  hasMany: boolean
  minLength?: number
  maxLength?: number
  min?: number
  max?: number
  minRows?: number
  maxRows?: number
  /** Select: the coded values, and their translated labels when the contract has them. */
  options?: readonly string[]
  labels?: Record<string, Translations>
  /** The value the contract gives the field when a document leaves it out (`.default(…)`). */
  defaultValue?: unknown
  /** Array and group: the fields of a row or of the group. */
  fields?: Record<string, ContractField>
  /** The contract's type of one value (one locale's string, one row), for field validation. */
  value: z.ZodType
}

type Def = {
  type: string
  innerType?: z.ZodType
  defaultValue?: unknown
  checks?: { _zod: { def: Record<string, unknown> } }[]
}

const defOf = (schema: z.ZodType) => schema.def as unknown as Def

/** Removes optional, nullable and default wrappers: each makes a field optional; the outermost default is kept. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema
  let optional = false
  let defaultValue: unknown
  for (;;) {
    const def = defOf(inner)
    if (!['optional', 'nullable', 'default'].includes(def.type) || !def.innerType) {
      return { inner, optional, ...(defaultValue === undefined ? {} : { defaultValue }) }
    }
    if (def.type === 'default' && defaultValue === undefined) defaultValue = def.defaultValue
    inner = def.innerType
    optional = true
  }
}

/** A localized value is an object with exactly one key per locale (`localized()` and `optionalLocalized()`). */
function localizedValue(schema: z.ZodType): z.ZodType | undefined {
  if (defOf(schema).type !== 'object') return undefined
  const shape = (schema as z.ZodObject).shape
  const keys = Object.keys(shape)
  const isLocalized = keys.length === locales.length && locales.every((locale) => keys.includes(locale))
  return isLocalized ? shape[locales[0]] : undefined
}

function lengthCheck(schema: z.ZodType, check: 'min_length' | 'max_length'): number | undefined {
  const found = defOf(schema).checks?.find((each) => each._zod.def.check === check)
  return found?._zod.def[check === 'min_length' ? 'minimum' : 'maximum'] as number | undefined
}

const finite = (value: number | null) =>
  value !== null && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined

/** Keys the contract keeps out of a row or block: Payload makes them itself. */
const rowBookkeeping = ['id', 'blockName', 'blockType']

/** The fields of a contract object, by name. */
export function contractFields(object: z.ZodObject): Record<string, ContractField> {
  return Object.fromEntries(
    Object.entries(object.shape)
      .filter(([name]) => !rowBookkeeping.includes(name))
      .map(([name, schema]) => [name, contractField(name, schema as z.ZodType)]),
  )
}

/** What the contract says about the field `name` of type `schema`; throws for a type no Payload field matches. */
export function contractField(name: string, schema: z.ZodType): ContractField {
  const outer = unwrap(schema)
  const localizedInner = localizedValue(outer.inner)
  const value = localizedInner ? unwrap(localizedInner) : outer
  const base = {
    localized: localizedInner !== undefined,
    required: localizedInner ? !value.optional && !outer.optional : !outer.optional,
    hasMany: false,
    value: value.inner,
    // A localized field's default is each locale's.
    ...(value.defaultValue === undefined ? {} : { defaultValue: value.defaultValue }),
  }
  const single = describe(value.inner)
  if (single) return { ...base, ...single }
  const def = defOf(value.inner)
  if (def.type === 'array') {
    const element = (value.inner as z.ZodArray).element as z.ZodType
    const rows = {
      minRows: lengthCheck(value.inner, 'min_length'),
      maxRows: lengthCheck(value.inner, 'max_length'),
    }
    const one = describe(element)
    if (one?.kind === 'select' || one?.kind === 'relationship')
      return { ...base, ...one, ...rows, hasMany: true }
    if (defOf(element).type === 'object') {
      return {
        ...base,
        ...rows,
        kind: 'array',
        fields: contractFields(element as z.ZodObject),
        value: element,
      }
    }
  }
  if (def.type === 'object') {
    return { ...base, kind: 'group', fields: contractFields(value.inner as z.ZodObject) }
  }
  throw new Error(`The contract field "${name}" has a type (${def.type}) no Payload field stands for.`)
}

/** A field holding one value (not a list or a group of fields). */
function describe(schema: z.ZodType): (Partial<ContractField> & Pick<ContractField, 'kind'>) | undefined {
  if (schema === richText) return { kind: 'richText' }
  if (schema === calendarDate) return { kind: 'date' }
  if (schema === ref || schema === documentId) return { kind: 'relationship' }
  const def = defOf(schema)
  switch (def.type) {
    case 'string': {
      const string = schema as z.ZodString
      const minLength = string.minLength ?? undefined
      // A minimum of one character is how the contract says "required".
      return {
        kind: 'text',
        maxLength: string.maxLength ?? undefined,
        minLength: minLength && minLength > 1 ? minLength : undefined,
      }
    }
    case 'number': {
      const number = schema as z.ZodNumber
      return { kind: 'number', min: finite(number.minValue), max: finite(number.maxValue) }
    }
    case 'boolean':
      return { kind: 'checkbox' }
    case 'literal':
      if ((schema as z.ZodLiteral).values.has(true)) return { kind: 'checkbox', required: true }
      break
    case 'enum':
      return {
        kind: 'select',
        options: (schema as z.ZodEnum).options as string[],
        labels: optionLabels.get(schema),
      }
  }
  return undefined
}
