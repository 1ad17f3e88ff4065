import type { Block } from 'payload'

export const Checklist: Block = {
  slug: 'checklist',
  interfaceName: 'ChecklistBlock',
  fields: [
    { name: 'title', type: 'text' },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      fields: [{ name: 'text', type: 'text', required: true }],
    },
  ],
}
