import type { Field, FieldAccess } from 'payload'

import { roleOf } from './roles'

const notTranslator: FieldAccess = ({ req }) => roleOf(req.user) !== 'translator'

/** Both rules must allow: the field's own rule (e.g. "only admins move a document") stays in force. */
function both(own: FieldAccess | undefined): FieldAccess {
  if (!own) return notTranslator
  return async (args) => (await notTranslator(args)) && (await own(args))
}

/**
 * Translators may change only localized values. Every non-localized leaf field
 * below gets create/update access that also refuses translators; containers
 * (arrays, groups, rows) are walked so that their localized children stay open.
 */
export function translatorsLocalizedOnly(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('localized' in field && field.localized) return field
    if (
      field.type === 'array' ||
      field.type === 'group' ||
      field.type === 'row' ||
      field.type === 'collapsible'
    ) {
      return { ...field, fields: translatorsLocalizedOnly(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: translatorsLocalizedOnly(tab.fields) })),
      }
    }
    if (field.type === 'ui' || field.type === 'join') return field
    return {
      ...field,
      access: { ...field.access, create: both(field.access?.create), update: both(field.access?.update) },
    } as Field
  })
}
