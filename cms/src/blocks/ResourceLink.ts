import type { Block } from 'payload'

import { httpUrl } from '@hub/content-schemas'

import { zodValidate } from '../fields/zodValidate'

export const ResourceLink: Block = {
  slug: 'resourceLink',
  interfaceName: 'ResourceLinkBlock',
  fields: [
    { name: 'label', type: 'text', required: true },
    { name: 'url', type: 'text', required: true, validate: zodValidate(httpUrl, { required: true }) },
    { name: 'description', type: 'textarea' },
  ],
}
