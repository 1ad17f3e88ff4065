import path from 'node:path'

import { imageMimeTypes, type Media, type RichText } from '@hub/content-schemas'
import sharp from 'sharp'

import type { Hub } from '../lib/hubData'

/** An image ready for a kit PDF: JPEG bytes, their size in pixels, and the media item it shows. */
export type PrintImage = { jpeg: Buffer; width: number; height: number; media: Media }

const converted = new Map<string, Promise<{ jpeg: Buffer; width: number; height: number }>>()

/**
 * An image as a JPEG pdfkit can embed, sized for print at A4 and no larger:
 * the CMS original may be WebP or AVIF, or far bigger than a kit needs.
 */
export async function printImage(mediaDir: string, media: Media): Promise<PrintImage> {
  const file = path.join(mediaDir, media.filename)
  let jpeg = converted.get(file)
  if (!jpeg) {
    jpeg = sharp(file)
      .resize({ width: 1200, height: 1600, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ jpeg: data, width: info.width, height: info.height }))
    converted.set(file, jpeg)
  }
  return { ...(await jpeg), media }
}

/** The images of the image blocks in rich text, by media id; media not in the snapshot, or not an image, is left out. */
export async function richTextImages(
  value: RichText | undefined,
  hub: Hub,
  mediaDir: string,
): Promise<Map<string, PrintImage>> {
  const images = new Map<string, PrintImage>()
  for (const node of value?.root.children ?? []) {
    const fields = node.type === 'block' ? (node.fields as { blockType?: string; image?: unknown }) : {}
    const media = fields.blockType === 'image' ? hub.byId(hub.media, fields.image) : undefined
    const printable = media && (imageMimeTypes as readonly string[]).includes(media.mimeType)
    if (media && printable && !images.has(String(media.id)))
      images.set(String(media.id), await printImage(mediaDir, media))
  }
  return images
}
