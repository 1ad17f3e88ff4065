import type { Block } from 'payload'

import { calloutBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const callout = fromContract(calloutBlock, 'block callout')

export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [callout.select('tone', { defaultValue: 'info' }), callout.text('title'), callout.textarea('text')],
}
