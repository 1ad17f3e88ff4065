import type { UploadField, Validate } from 'payload'
import { upload } from 'payload/shared'
import type { z } from 'zod'

import { imageMimeTypes } from '@hub/content-schemas'

import type { ContractFieldsOf } from './fromContract'

const isImage = (mimeType: unknown) => (imageMimeTypes as readonly unknown[]).includes(mimeType)

/**
 * An upload field the site shows as a picture (a kit's poster, a logo):
 * astro:assets and the kit's poster PDF can only resize images, so a PDF
 * picked here would fail the site build. The picker lists only images, and a
 * PDF given through the API is refused with a message naming the field.
 */
export function imageUploadField<N extends string>(
  fields: Pick<ContractFieldsOf<z.ZodObject<Record<N, z.ZodType>>>, 'upload'>,
  name: N,
  label: string,
  description?: string,
): UploadField {
  const validate: Validate = async (value, options) => {
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    if (typeof id === 'number' || typeof id === 'string') {
      const media = await options.req.payload
        .findByID({
          collection: 'media',
          id,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          select: { filename: true, mimeType: true },
          req: options.req,
        })
        .catch(() => null)
      if (media && !isImage(media.mimeType)) {
        return `The ${label} must be an image (JPEG, PNG, WebP or AVIF): "${media.filename}" is ${media.mimeType === 'application/pdf' ? 'a PDF' : `a ${media.mimeType} file`}. Choose or upload an image; PDFs belong in a guide's downloads.`
      }
    }
    return upload(value as never, options as never)
  }
  return fields.upload(name, {
    filterOptions: { mimeType: { in: [...imageMimeTypes] } },
    validate,
    custom: { imagesOnly: true },
    ...(description ? { admin: { description } } : {}),
  })
}
