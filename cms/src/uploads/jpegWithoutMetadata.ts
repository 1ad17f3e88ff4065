/**
 * APPn segments a decoder needs: JFIF (APP0) and Adobe's colour transform
 * (APP14). Every other APPn segment (EXIF and its GPS tags, XMP, IPTC,
 * maker notes) and comments are metadata.
 */
const keptAppSegments = new Set([0xe0, 0xee])

/**
 * The JPEG without its metadata segments, byte for byte otherwise: the image
 * is not decoded or re-encoded, so a CMYK or progressive JPEG inside a PDF
 * keeps exactly the pixels and colour space the PDF declares for it.
 * Returns undefined when the bytes are not a well-formed JPEG.
 */
export function jpegWithoutMetadata(jpeg: Uint8Array): Uint8Array | undefined {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)]
  let offset = 2
  while (offset + 4 <= jpeg.length) {
    if (jpeg[offset] !== 0xff) return undefined
    const marker = jpeg[offset + 1]!
    if (marker === 0xff) {
      offset += 1
      continue
    }
    // Start of scan: what follows is the entropy-coded image, up to the end.
    if (marker === 0xda) {
      kept.push(jpeg.subarray(offset))
      return Buffer.concat(kept)
    }
    const length = (jpeg[offset + 2]! << 8) | jpeg[offset + 3]!
    const end = offset + 2 + length
    if (length < 2 || end > jpeg.length) return undefined
    const isMetadata = (marker >= 0xe0 && marker <= 0xef && !keptAppSegments.has(marker)) || marker === 0xfe
    if (!isMetadata) kept.push(jpeg.subarray(offset, end))
    offset = end
  }
  return undefined
}
