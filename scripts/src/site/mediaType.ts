import { fileTypeFromBuffer } from 'file-type'

import { mediaMimeTypes } from '@hub/content-schemas'

/** How many bytes of a file `mediaType` needs to tell its type. */
export const mediaTypeSampleBytes = 4100

/**
 * The type of a media file's bytes, whatever its name says: a file that is
 * not an image or PDF (an upload from before names followed content) is
 * offered as a download, never rendered as a page.
 */
export async function mediaType(head: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(head)
  return detected && (mediaMimeTypes as readonly string[]).includes(detected.mime)
    ? detected.mime
    : 'application/octet-stream'
}
