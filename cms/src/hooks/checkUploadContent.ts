import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { mediaMimeTypes } from '@hub/content-schemas'

/**
 * Accept an upload for what its bytes are, not for what its name claims.
 * Payload falls back to the file extension when it cannot recognise the bytes,
 * which would let a renamed script or document through as "photo.jpg".
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  const bytes =
    file.data && file.data.length > 0
      ? file.data
      : file.tempFilePath
        ? await readFile(file.tempFilePath)
        : Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || !(mediaMimeTypes as readonly string[]).includes(detected.mime)) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: `"${file.name}" is ${detected ? `a ${detected.mime} file` : 'not a recognisable image or PDF'}. Upload a JPEG, PNG, WebP or AVIF image, or a PDF; nothing was stored.`,
        },
      ],
      req,
    })
  }
  file.mimetype = detected.mime
  return args
}
