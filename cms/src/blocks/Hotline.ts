import type { Block } from 'payload'

import { hotlineBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const hotline = fromContract(hotlineBlock, 'block hotline')

/** Shows a hotline's current number and hours, kept in one place and updated everywhere. */
export const Hotline: Block = {
  slug: 'hotline',
  interfaceName: 'HotlineBlock',
  fields: [hotline.relationship('hotline', 'hotlines')],
}
