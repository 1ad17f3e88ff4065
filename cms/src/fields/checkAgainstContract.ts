import type { Block, Field } from 'payload'
import type { z } from 'zod'

import { collections, guideBlock, siteSettings } from '@hub/content-schemas'

import { cmsOnlyFields, payloadSystemFields, uploadFileFields } from './cmsOnlyFields'
import { contractFields, type ContractField } from './contractShape'

export type Disagreement = {
  /** `collection.field.subfield`, `block callout.title` or `global site-settings.field`. */
  path: string
  /** `cms-only`: the export would drop the field; `contract-only`: the CMS never fills it; `differs`: both have it. */
  kind: 'cms-only' | 'contract-only' | 'differs'
  message: string
}

/** The part of a built Payload config the check reads. */
export type CheckedConfig = {
  collections: { slug: string; fields: Field[] }[]
  globals: { slug: string; fields: Field[] }[]
}

/** The contract of each global the snapshot carries. */
const globalContracts: Record<string, z.ZodObject> = { 'site-settings': siteSettings }

const cmsKinds: Record<string, ContractField['kind']> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  number: 'number',
  checkbox: 'checkbox',
  select: 'select',
  radio: 'select',
  relationship: 'relationship',
  upload: 'relationship',
  date: 'date',
  richText: 'richText',
  array: 'array',
  group: 'group',
}

const limits = ['minLength', 'maxLength', 'min', 'max', 'minRows', 'maxRows'] as const

type DataField = Field & { name: string }

/** The fields that hold data, with rows, collapsibles and unnamed tabs laid open; a named tab is a group. */
function dataFields(fields: Field[]): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group', name: tab.name } as DataField]
          : dataFields(tab.fields),
      )
    }
    if (field.type === 'ui' || field.type === 'join' || !('name' in field)) return []
    return [field as DataField]
  })
}

function isCmsOnly(path: string): boolean {
  const [collection, ...rest] = path.split('.')
  return `${collection}.${rest.join('.')}` in cmsOnlyFields || `*.${rest.join('.')}` in cmsOnlyFields
}

const shown = (value: unknown) => (value === undefined ? 'none' : String(value))

/** A CMS default as stored: a function (a list made afresh per document) is asked for its value. */
function cmsDefault(value: unknown): string {
  const given = typeof value === 'function' ? (value as (args: object) => unknown)({}) : value
  return given === undefined ? 'none' : JSON.stringify(given)
}

/** How one field, present in both, differs: kind, list or single, localized, required, limits, options. */
function differences(path: string, contract: ContractField, field: DataField): string[] {
  const cms = field as DataField & Record<string, unknown>
  const kind = cmsKinds[field.type]
  if (kind !== contract.kind) {
    return [`${path}: a ${contract.kind} field in the contract, a ${field.type} field in the CMS`]
  }
  const found: string[] = []
  if ((kind === 'select' || kind === 'relationship') && contract.hasMany !== (cms.hasMany === true)) {
    found.push(
      `${path}: ${contract.hasMany ? 'a list' : 'one value'} in the contract, ${cms.hasMany ? 'a list' : 'one value'} in the CMS`,
    )
  }
  if (contract.localized !== (cms.localized === true)) {
    found.push(
      `${path}: ${contract.localized ? 'localized' : 'not localized'} in the contract, ${cms.localized ? 'localized' : 'not localized'} in the CMS`,
    )
  }
  // A Payload group is always there; only its fields can be required.
  if (kind !== 'group' && contract.required !== (cms.required === true)) {
    found.push(
      `${path}: ${contract.required ? 'required' : 'optional'} in the contract, ${cms.required ? 'required' : 'optional'} in the CMS`,
    )
  }
  for (const limit of limits) {
    // Payload reads an array's `minRows` as its minimum length, the contract's `.min(1)` as "required": both count.
    if (contract[limit] !== cms[limit]) {
      found.push(
        `${path}: ${limit} ${shown(contract[limit])} in the contract, ${shown(cms[limit])} in the CMS`,
      )
    }
  }
  // A required field has no contract default (zod's would make it optional): the CMS may prefill it.
  const contractDefault = contract.defaultValue === undefined ? 'none' : JSON.stringify(contract.defaultValue)
  if (!contract.required && contractDefault !== cmsDefault(cms.defaultValue)) {
    found.push(
      `${path}: default ${contractDefault} in the contract, ${cmsDefault(cms.defaultValue)} in the CMS`,
    )
  }
  if (kind === 'select') found.push(...optionDifferences(path, contract, cms.options))
  if (kind === 'array' || kind === 'group') {
    found.push(
      ...compare(path, (cms as { fields: Field[] }).fields, contract.fields ?? {}).map(
        (each) => each.message,
      ),
    )
  }
  return found
}

function optionDifferences(path: string, contract: ContractField, options: unknown): string[] {
  const cmsOptions = (Array.isArray(options) ? options : []).map((option) =>
    typeof option === 'string'
      ? { value: option, label: option }
      : (option as { value: string; label: unknown }),
  )
  const values = cmsOptions.map((option) => option.value)
  if (values.join() !== (contract.options ?? []).join()) {
    return [
      `${path}: options ${(contract.options ?? []).join(', ')} in the contract, ${values.join(', ')} in the CMS`,
    ]
  }
  if (!contract.labels) return []
  return cmsOptions
    .filter((option) => JSON.stringify(option.label) !== JSON.stringify(contract.labels![option.value]))
    .map(
      (option) =>
        `${path}: the labels of option "${option.value}" are not the contract's (content-schemas labels)`,
    )
}

/** Every disagreement between the CMS fields at `where` and the contract fields there. */
function compare(where: string, cmsFields: Field[], contract: Record<string, ContractField>): Disagreement[] {
  const found: Disagreement[] = []
  const cms = dataFields(cmsFields).filter((field) => !payloadSystemFields.includes(field.name))
  for (const field of cms) {
    const path = `${where}.${field.name}`
    const stated = contract[field.name]
    if (!stated) {
      if (!isCmsOnly(path)) {
        found.push({
          path,
          kind: 'cms-only',
          message: `${path}: in the CMS but not in the contract, so the export would drop it. Add it to the contract in content-schemas, or to cms/src/fields/cmsOnlyFields.ts with the reason the site does without it.`,
        })
      }
      continue
    }
    if (uploadFileFields.includes(path)) continue
    found.push(
      ...differences(path, stated, field).map((message) => ({ path, kind: 'differs' as const, message })),
    )
  }
  const names = new Set(cms.map((field) => field.name))
  for (const name of Object.keys(contract).filter((name) => !names.has(name))) {
    const path = `${where}.${name}`
    found.push({
      path,
      kind: 'contract-only',
      message: `${path}: in the contract but not in the CMS, so no editor can fill it`,
    })
  }
  return found
}

/** The blocks editors may place in each rich-text field of the config. */
function richTextBlocks(fields: Field[]): Block[] {
  return dataFields(fields).flatMap((field): Block[] => {
    if (field.type === 'richText') {
      const editor = field.editor as
        | {
            editorConfig?: {
              resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: { blocks?: Block[] } }>
            }
          }
        | undefined
      return (
        editor?.editorConfig?.resolvedFeatureMap?.get('blocks')?.sanitizedServerFeatureProps?.blocks ?? []
      )
    }
    return 'fields' in field && Array.isArray(field.fields) ? richTextBlocks(field.fields) : []
  })
}

function compareBlocks(config: CheckedConfig): Disagreement[] {
  const cmsBlocks = config.collections.flatMap((collection) => richTextBlocks(collection.fields))
  const contractBlocks = new Map(
    guideBlock.options.map((option) => [option.shape.blockType.value as string, option as z.ZodObject]),
  )
  const found: Disagreement[] = []
  for (const block of cmsBlocks) {
    const contract = contractBlocks.get(block.slug)
    if (!contract) {
      found.push({
        path: `block ${block.slug}`,
        kind: 'cms-only',
        message: `block ${block.slug}: in the CMS but not in the contract (content-schemas blocks.ts), so the export would refuse every text using it`,
      })
    } else found.push(...compare(`block ${block.slug}`, block.fields, contractFields(contract)))
  }
  const offered = new Set(cmsBlocks.map((block) => block.slug))
  for (const slug of [...contractBlocks.keys()].filter((slug) => !offered.has(slug))) {
    found.push({
      path: `block ${slug}`,
      kind: 'contract-only',
      message: `block ${slug}: in the contract but not in the CMS's rich-text editor`,
    })
  }
  return found
}

/**
 * Walks every collection and global the snapshot carries, and every block of
 * the rich-text editor, against the content contract: a field only one side
 * has, or one they describe differently (kind, list, localized, required,
 * limits, default, options and their labels).
 */
export function contractDisagreements(config: CheckedConfig): Disagreement[] {
  const found: Disagreement[] = []
  for (const [slug, { content }] of Object.entries(collections)) {
    const collection = config.collections.find((each) => each.slug === slug)
    if (!collection) {
      found.push({
        path: slug,
        kind: 'contract-only',
        message: `${slug}: a document type of the contract with no CMS collection`,
      })
      continue
    }
    found.push(...compare(slug, collection.fields, contractFields(content as z.ZodObject)))
  }
  for (const [slug, contract] of Object.entries(globalContracts)) {
    const global = config.globals.find((each) => each.slug === slug)
    if (global) found.push(...compare(`global ${slug}`, global.fields, contractFields(contract)))
  }
  // Every rich-text field offers the same blocks: each disagreement is reported once.
  const messages = new Set<string>()
  return [...found, ...compareBlocks(config)].filter(
    (each) => !messages.has(each.message) && messages.add(each.message),
  )
}
