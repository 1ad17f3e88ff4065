import type { z } from 'zod'

import type { ContractFieldsOf } from './fromContract'

/**
 * The row of a list of short texts (the contract's `textRows`): one text per
 * row, so that every row is translated separately.
 */
export function textRow(row: Pick<ContractFieldsOf<z.ZodObject<{ text: z.ZodType }>>, 'text'>) {
  return [row.text('text')]
}
