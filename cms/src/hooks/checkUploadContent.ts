import { readFile, writeFile } from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { mediaMimeTypes } from '@hub/content-schemas'

import { cleanPdf, UncleanablePdfError } from '../uploads/cleanPdf'
import { nameForType } from '../uploads/nameForType'

const refuse = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }], req })

/**
 * Accept an upload for what its bytes are, not for what its name claims.
 * Payload falls back to the file extension when it cannot recognise the bytes,
 * which would let a renamed script or document through as "photo.jpg"; and a
 * PDF named "poly.html" would be served as a web page. So the stored name's
 * extension follows the detected type (Payload still makes it unique), and a
 * PDF is rewritten without metadata, scripts, actions and attachments before
 * it is stored.
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
    throw refuse(
      req,
      `"${file.name}" is ${detected ? `a ${detected.mime} file` : 'not a recognisable image or PDF'}. Upload a JPEG, PNG, WebP or AVIF image, or a PDF; nothing was stored.`,
    )
  }
  file.mimetype = detected.mime
  file.name = nameForType(file.name, detected)
  if (detected.mime === 'application/pdf') {
    let cleaned: Buffer
    try {
      cleaned = await cleanPdf(bytes)
    } catch (error) {
      if (!(error instanceof UncleanablePdfError)) throw error
      throw refuse(
        req,
        `"${file.name}" was not stored: ${error.message}. The hub removes authors, locations, scripts and attachments from every PDF before publishing it.`,
      )
    }
    file.data = cleaned
    file.size = cleaned.length
    if (file.tempFilePath) await writeFile(file.tempFilePath, cleaned)
  }
  return args
}
