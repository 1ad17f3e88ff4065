import type { Block } from 'payload'

import { imageBlock } from '@hub/content-schemas'

import { fromContract } from '../fields/fromContract'

const image = fromContract(imageBlock, 'block image')

/**
 * An image placed in a guide's text. Its alt text is the one the media item
 * carries in each language; the caption belongs to this guide's text.
 */
export const Image: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    image.upload('image', {
      // Only images: a PDF in the media library cannot be shown in the text.
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Its alt text is taken from the media library: write it there.' },
    }),
    image.text('caption'),
  ],
}
