import type { Block } from 'payload'

/**
 * An image placed in a guide's text. Its alt text is the one the media item
 * carries in each language; the caption belongs to this guide's text.
 */
export const Image: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      // Only images: a PDF in the media library cannot be shown in the text.
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: { description: 'Its alt text is taken from the media library: write it there.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
