import type { ArrayField } from 'payload'

/** A list of short texts, one row each, so that every row is translated separately. */
export function textRowsField(name: string, label: string, { required = false } = {}): ArrayField {
  return {
    name,
    label,
    type: 'array',
    fields: [{ name: 'text', type: 'text', localized: true, required: true }],
    ...(required ? { minRows: 1 } : {}),
  }
}
