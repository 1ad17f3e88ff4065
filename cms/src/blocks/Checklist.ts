import type { Block } from 'payload'

import { checklistBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const checklist = fromContract(checklistBlock, 'block checklist')

export const Checklist: Block = {
  slug: 'checklist',
  interfaceName: 'ChecklistBlock',
  fields: [checklist.text('title'), checklist.array('items', (item) => [item.text('text')])],
}
