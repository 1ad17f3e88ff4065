import type { SelectField } from 'payload'

import { selectOptions, type Translations } from '@hub/content-schemas'

/** A select whose options and labels come from the content contract. */
export function selectFromLabels(
  name: string,
  labels: Record<string, Translations>,
  overrides: Partial<SelectField> = {},
): SelectField {
  return { name, type: 'select', options: selectOptions(labels), ...overrides } as SelectField
}
