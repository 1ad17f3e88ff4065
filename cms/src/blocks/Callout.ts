import type { Block } from 'payload'

import { calloutToneLabels } from '@hub/content-schemas'

import { selectFromLabels } from '../fields/selectFromLabels'

export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [
    selectFromLabels('tone', calloutToneLabels, { required: true, defaultValue: 'info' }),
    { name: 'title', type: 'text', maxLength: 120 },
    { name: 'text', type: 'textarea', required: true },
  ],
}
