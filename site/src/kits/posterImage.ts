import path from 'node:path'

import sharp from 'sharp'

const converted = new Map<string, Promise<Buffer>>()

/**
 * The poster image as a JPEG pdfkit can embed, sized for print at A4 and no
 * larger: the CMS original may be WebP or AVIF, or far bigger than a kit needs.
 */
export function posterJpeg(mediaDir: string, filename: string): Promise<Buffer> {
  const file = path.join(mediaDir, filename)
  let jpeg = converted.get(file)
  if (!jpeg) {
    jpeg = sharp(file)
      .resize({ width: 1200, height: 1600, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer()
    converted.set(file, jpeg)
  }
  return jpeg
}
