import type {
  ArrayField,
  CheckboxField,
  CollectionSlug,
  DateField,
  EmailField,
  Field,
  GroupField,
  NumberField,
  RelationshipField,
  RichTextField,
  SelectField,
  TextareaField,
  TextField,
  UploadField,
} from 'payload'
import type { z } from 'zod'

import { contractFields, type ContractField } from './contractShape'
import { zodValidate } from './zodValidate'

/** What the contract states; a field config may not say it again. */
type Stated =
  | 'name'
  | 'type'
  | 'localized'
  | 'required'
  | 'maxLength'
  | 'minLength'
  | 'min'
  | 'max'
  | 'minRows'
  | 'maxRows'
  | 'options'
  | 'hasMany'
  | 'fields'
  | 'relationTo'

/** What a field config adds to the contract: how the admin shows the field, its hooks, access, a required field's prefilled value. */
type Extra<F> = F extends unknown ? Partial<Omit<F, Stated>> : never

type Unwrapped<S> =
  S extends z.ZodDefault<infer I>
    ? Unwrapped<I>
    : S extends z.ZodOptional<infer I>
      ? Unwrapped<I>
      : S extends z.ZodNullable<infer I>
        ? Unwrapped<I>
        : S

/** The object a row of an array field, or a group, holds. */
type Inner<S> = Unwrapped<S> extends z.ZodArray<infer E> ? E : Unwrapped<S>

type Name<S extends z.ZodObject> = keyof S['shape'] & string

type InnerObject<S extends z.ZodObject, K extends Name<S>> =
  Inner<S['shape'][K]> extends z.ZodObject ? Inner<S['shape'][K]> : z.ZodObject

/** Field configs of one contract object; each method names a field of it. */
export interface ContractFieldsOf<S extends z.ZodObject> {
  text(name: Name<S>, extra?: Extra<TextField>): TextField
  textarea(name: Name<S>, extra?: Extra<TextareaField>): TextareaField
  email(name: Name<S>, extra?: Extra<EmailField>): EmailField
  number(name: Name<S>, extra?: Extra<NumberField>): NumberField
  checkbox(name: Name<S>, extra?: Extra<CheckboxField>): CheckboxField
  /** Options and their labels in every admin language come from the contract's enum and its labels. */
  select(name: Name<S>, extra?: Extra<SelectField>): SelectField
  date(name: Name<S>, extra?: Extra<DateField>): DateField
  richText(name: Name<S>, extra?: Extra<RichTextField>): RichTextField
  relationship(name: Name<S>, relationTo: CollectionSlug, extra?: Extra<RelationshipField>): RelationshipField
  /** A relationship to the media library. */
  upload(name: Name<S>, extra?: Extra<UploadField>): UploadField
  /** An array whose row fields are made, by `rows`, from the contract's row type. */
  array<K extends Name<S>>(
    name: K,
    rows: (row: ContractFieldsOf<InnerObject<S, K>>) => Field[],
    extra?: Extra<ArrayField>,
  ): ArrayField
  group<K extends Name<S>>(
    name: K,
    fields: (group: ContractFieldsOf<InnerObject<S, K>>) => Field[],
    extra?: Extra<GroupField>,
  ): GroupField
}

/** Drops unset limits, so a derived config says only what the contract says. */
const stated = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== false))

/**
 * The contract's default as Payload's: a list or object is made afresh for
 * each document, so no two documents share (and change) one value.
 */
function contractDefault(spec: ContractField): Pick<GroupField, 'defaultValue'> {
  const value = spec.defaultValue as GroupField['defaultValue']
  if (value === undefined) return {}
  return { defaultValue: typeof value === 'object' ? () => structuredClone(value) : value }
}

/** A string the contract checks for more than its length (a pattern, a format, a refinement). */
function hasRules(schema: z.ZodType): boolean {
  const def = schema.def as unknown as { format?: string; checks?: { _zod: { def: { check: string } } }[] }
  const lengthChecks = ['min_length', 'max_length']
  return (
    def.format !== undefined ||
    (def.checks ?? []).some((check) => !lengthChecks.includes(check._zod.def.check))
  )
}

/**
 * Payload field configs made from a contract object (a document type, a block,
 * an array row): each field's name, kind, localization, requirement, limits and
 * options come from the contract, and a value the contract checks for more
 * than its length gets the contract's validation and messages, and a field the
 * contract gives a default gets it. The config adds only what the contract does
 * not say (admin layout, hooks, access, a required field's prefilled value).
 * A name the contract lacks, or a field of another kind, fails when the config
 * is built, naming the field.
 */
export function fromContract<S extends z.ZodObject>(schema: S, where: string): ContractFieldsOf<S> {
  const fields = contractFields(schema)

  function field(name: string, kinds: ContractField['kind'][]): ContractField {
    const found = fields[name]
    if (!found) {
      throw new Error(
        `${where}.${name}: the CMS field is not in the content contract. Add it to the contract in content-schemas first.`,
      )
    }
    if (!kinds.includes(found.kind)) {
      throw new Error(
        `${where}.${name}: the contract makes it a ${found.kind} field, not ${kinds.join(' or ')}.`,
      )
    }
    return found
  }

  const common = (spec: ContractField) => ({
    ...stated({ localized: spec.localized, required: spec.required }),
    ...contractDefault(spec),
  })

  function text<T extends 'text' | 'textarea' | 'email'>(type: T, name: string, extra: object = {}) {
    const spec = field(name, ['text'])
    return {
      ...(hasRules(spec.value) ? { validate: zodValidate(spec.value, { required: spec.required }) } : {}),
      ...extra,
      name,
      type,
      ...common(spec),
      ...stated({ minLength: spec.minLength, maxLength: spec.maxLength }),
    }
  }

  function related(name: string, type: 'relationship' | 'upload', relationTo: CollectionSlug, extra: object) {
    const spec = field(name, ['relationship'])
    return {
      ...extra,
      name,
      type,
      relationTo,
      ...common(spec),
      ...stated({ hasMany: spec.hasMany, minRows: spec.minRows, maxRows: spec.maxRows }),
    }
  }

  function nested(name: string, kind: 'array' | 'group') {
    const spec = field(name, [kind])
    return { spec, inner: fromContract(spec.value as z.ZodObject, `${where}.${name}`) }
  }

  return {
    text: (name: Name<S>, extra?: Extra<TextField>) => text('text', name, extra) as TextField,
    textarea: (name: Name<S>, extra?: Extra<TextareaField>) => text('textarea', name, extra) as TextareaField,
    email: (name: Name<S>, extra?: Extra<EmailField>) => text('email', name, extra) as EmailField,

    number(name: Name<S>, extra: Extra<NumberField> = {}): NumberField {
      const spec = field(name, ['number'])
      return {
        ...extra,
        name,
        type: 'number',
        ...common(spec),
        ...stated({ min: spec.min, max: spec.max }),
      } as NumberField
    },

    checkbox(name: Name<S>, extra: Extra<CheckboxField> = {}): CheckboxField {
      const spec = field(name, ['checkbox'])
      // A checkbox the contract requires ticked ("consent recorded") refuses with the contract's message.
      const check = zodValidate(spec.value)
      const mustBeTicked = spec.required ? { validate: (value: unknown) => check(value === true) } : {}
      return { ...mustBeTicked, ...extra, name, type: 'checkbox', ...common(spec) }
    },

    select(name: Name<S>, extra: Extra<SelectField> = {}): SelectField {
      const spec = field(name, ['select'])
      const options = (spec.options ?? []).map((value) =>
        spec.labels ? { value, label: spec.labels[value]! } : { value, label: value },
      )
      return {
        ...extra,
        name,
        type: 'select',
        options,
        ...common(spec),
        ...stated({ hasMany: spec.hasMany }),
      } as SelectField
    },

    date(name: Name<S>, extra: Extra<DateField> = {}): DateField {
      const spec = field(name, ['date'])
      return {
        validate: zodValidate(spec.value, { required: spec.required }),
        ...extra,
        name,
        type: 'date',
        ...common(spec),
      }
    },

    richText(name: Name<S>, extra: Extra<RichTextField> = {}): RichTextField {
      return { ...extra, name, type: 'richText', ...common(field(name, ['richText'])) }
    },

    relationship: (name: Name<S>, relationTo: CollectionSlug, extra: Extra<RelationshipField> = {}) =>
      related(name, 'relationship', relationTo, extra) as RelationshipField,

    upload: (name: Name<S>, extra: Extra<UploadField> = {}) =>
      related(name, 'upload', 'media', extra) as UploadField,

    array(name, rows, extra = {}) {
      const { spec, inner } = nested(name, 'array')
      return {
        ...extra,
        name,
        type: 'array',
        fields: rows(inner as never),
        ...common(spec),
        ...stated({ minRows: spec.minRows, maxRows: spec.maxRows }),
      }
    },

    group(name, fields, extra = {}) {
      const { spec, inner } = nested(name, 'group')
      // A Payload group is always there, so it takes no `required`; its fields may.
      return {
        ...extra,
        name,
        type: 'group',
        fields: fields(inner as never),
        ...stated({ localized: spec.localized }),
        ...contractDefault(spec),
      }
    },
  }
}
