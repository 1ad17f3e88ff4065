import type { Field } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import configPromise from '@payload-config'
import { eventFields, guideContent } from '@hub/content-schemas'

import { contractDisagreements, type CheckedConfig } from './checkAgainstContract'
import { fromContract } from './fromContract'

type AnyField = Field & Record<string, unknown>

/** `fields` with the field at `path` (through rows, tabs, groups and arrays) changed, or removed when `change` gives nothing. */
function changeField(
  fields: Field[],
  [name, ...rest]: string[],
  change: (field: AnyField) => Field | undefined,
): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return [{ ...field, fields: changeField(field.fields, [name!, ...rest], change) }]
    }
    if (field.type === 'tabs') {
      return [
        {
          ...field,
          tabs: field.tabs.map((tab) => ({
            ...tab,
            fields: changeField(tab.fields, [name!, ...rest], change),
          })),
        },
      ]
    }
    if (!('name' in field) || field.name !== name) return [field]
    if (rest.length > 0) {
      return [{ ...field, fields: changeField((field as { fields: Field[] }).fields, rest, change) } as Field]
    }
    const changed = change(field as AnyField)
    return changed ? [changed] : []
  })
}

describe('the CMS against the content contract', () => {
  let config: CheckedConfig

  beforeAll(async () => {
    config = await configPromise
  })

  /** The disagreements of the built config with one field of one collection changed. */
  const withChange = (slug: string, path: string, change: (field: AnyField) => Field | undefined) =>
    contractDisagreements({
      ...config,
      collections: config.collections.map((collection) =>
        collection.slug === slug
          ? { ...collection, fields: changeField(collection.fields, path.split('.'), change) }
          : collection,
      ),
    }).map((each) => each.message)

  it('describes every collection, global and block as the contract does', () => {
    expect(contractDisagreements(config).map((each) => each.message)).toEqual([])
  })

  it('names a limit the CMS states differently', () => {
    expect(withChange('guides', 'summary', (field) => ({ ...field, maxLength: 300 }) as Field)).toEqual([
      'guides.summary: maxLength 400 in the contract, 300 in the CMS',
    ])
    expect(withChange('screening-kits', 'film.year', (field) => ({ ...field, min: 1900 }) as Field)).toEqual([
      'screening-kits.film.year: min 1888 in the contract, 1900 in the CMS',
    ])
    expect(
      withChange('panel-question-sets', 'questions', (field) => ({ ...field, minRows: undefined }) as Field),
    ).toEqual(['panel-question-sets.questions: minRows 1 in the contract, none in the CMS'])
  })

  it('names a CMS field the contract lacks, which the export would drop', () => {
    const renamed = withChange('guides', 'summary', (field) => ({ ...field, name: 'teaser' }) as Field)
    expect(renamed).toHaveLength(2)
    expect(renamed[0]).toMatch(
      /^guides\.teaser: in the CMS but not in the contract, so the export would drop it/,
    )
    expect(renamed[1]).toBe('guides.summary: in the contract but not in the CMS, so no editor can fill it')
  })

  it('names a contract field the CMS lacks', () => {
    expect(withChange('hotlines', 'hours', () => undefined)).toEqual([
      'hotlines.hours: in the contract but not in the CMS, so no editor can fill it',
    ])
  })

  it('names a field of another kind, localization or requirement', () => {
    expect(
      withChange('screening-kits', 'film.year', (field) => ({ name: field.name, type: 'text' }) as Field),
    ).toEqual(['screening-kits.film.year: a number field in the contract, a text field in the CMS'])
    expect(
      withChange('organizations', 'mission', (field) => ({ ...field, localized: false }) as Field),
    ).toEqual(['organizations.mission: localized in the contract, not localized in the CMS'])
    expect(
      withChange('donation-lists', 'howToDonate', (field) => ({ ...field, required: false }) as Field),
    ).toEqual(['donation-lists.howToDonate: required in the contract, optional in the CMS'])
    expect(withChange('guides', 'topics', (field) => ({ ...field, hasMany: false }) as Field)).toEqual([
      'guides.topics: a list in the contract, one value in the CMS',
    ])
  })

  it('names a default the CMS states differently, or leaves out', () => {
    expect(withChange('events', 'allDay', (field) => ({ ...field, defaultValue: true }) as Field)).toEqual([
      'events.allDay: default false in the contract, true in the CMS',
    ])
    expect(
      withChange('volunteer-opportunities', 'trainingRequired', (field) => {
        const { defaultValue: _, ...rest } = field
        return rest as Field
      }),
    ).toEqual(['volunteer-opportunities.trainingRequired: default false in the contract, none in the CMS'])
    expect(withChange('guides', 'topics', (field) => ({ ...field, defaultValue: [1] }) as Field)).toEqual([
      'guides.topics: default [] in the contract, [1] in the CMS',
    ])
    expect(
      withChange('guides', 'summary', (field) => ({ ...field, defaultValue: 'Read me' }) as Field),
    ).toEqual([])
  })

  it('names options and labels that are not the contract’s', () => {
    const options = (field: AnyField) => field.options as { value: string; label: Record<string, string> }[]
    expect(
      withChange(
        'guides',
        'audiences',
        (field) => ({ ...field, options: options(field).slice(1) }) as Field,
      )[0],
    ).toMatch(/^guides\.audiences: options survivors, workers, .* in the contract, workers, .* in the CMS$/)
    expect(
      withChange(
        'guides',
        'audiences',
        (field) =>
          ({
            ...field,
            options: options(field).map((option) =>
              option.value === 'workers' ? { ...option, label: { ...option.label, es: 'Obreros' } } : option,
            ),
          }) as Field,
      ),
    ).toEqual([
      'guides.audiences: the labels of option "workers" are not the contract\'s (content-schemas labels)',
    ])
  })

  it('walks the blocks of the rich-text editor', () => {
    const guides = config.collections.find((collection) => collection.slug === 'guides')!
    const body = guides.fields.find((field) => 'name' in field && field.name === 'body') as AnyField & {
      editor: {
        editorConfig: {
          resolvedFeatureMap: Map<string, { sanitizedServerFeatureProps: { blocks: AnyField[] } }>
        }
      }
    }
    const blocks =
      body.editor.editorConfig.resolvedFeatureMap.get('blocks')!.sanitizedServerFeatureProps.blocks
    const changedBlocks = blocks.map((block) =>
      block.slug === 'callout'
        ? {
            ...block,
            fields: changeField(
              block.fields as Field[],
              ['title'],
              (field) => ({ ...field, maxLength: 100 }) as Field,
            ),
          }
        : block,
    )
    const editor = {
      editorConfig: {
        resolvedFeatureMap: new Map([['blocks', { sanitizedServerFeatureProps: { blocks: changedBlocks } }]]),
      },
    }
    expect(withChange('guides', 'body', (field) => ({ ...field, editor }) as Field)).toEqual([
      'block callout.title: maxLength 120 in the contract, 100 in the CMS',
    ])
  })

  it('gives a field the contract’s default, a list made afresh for each document', () => {
    const event = fromContract(eventFields, 'events')
    expect(event.checkbox('allDay').defaultValue).toBe(false)
    const topics = event.relationship('topics', 'topics').defaultValue as () => unknown[]
    expect(topics()).toEqual([])
    expect(topics()).not.toBe(topics())
    expect(event.text('start')).not.toHaveProperty('defaultValue')
  })

  it('refuses to make a field the contract does not have, or of another kind', () => {
    const guide = fromContract(guideContent, 'guides')
    expect(() => guide.text('teaser' as 'title')).toThrow(
      'guides.teaser: the CMS field is not in the content contract. Add it to the contract in content-schemas first.',
    )
    expect(() => guide.number('title')).toThrow(
      'guides.title: the contract makes it a text field, not number.',
    )
  })
})
