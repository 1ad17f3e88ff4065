import type { Block } from 'payload'

import { resourceLinkBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const link = fromContract(resourceLinkBlock, 'block resourceLink')

export const ResourceLink: Block = {
  slug: 'resourceLink',
  interfaceName: 'ResourceLinkBlock',
  fields: [link.text('label'), link.text('url'), link.textarea('description')],
}
