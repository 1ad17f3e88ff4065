import sharp from 'sharp'

import type { SeedImage } from './types'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * Demo images are drawn, not photographed: no person, place or metadata of
 * anyone ends up in the repository or the demo hub.
 */
export async function drawSeedImage(image: SeedImage): Promise<Buffer> {
  const [from, to] = image.palette
  if (image.shape === 'mark') return drawMark(from, to, image.motif)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 1200 1600">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="1200" height="1600" fill="url(#g)"/>
  <circle cx="900" cy="420" r="260" fill="#ffffff" fill-opacity="0.12"/>
  <circle cx="320" cy="1180" r="380" fill="#000000" fill-opacity="0.08"/>
  <text x="96" y="1440" font-family="DejaVu Sans, sans-serif" font-size="96" font-weight="700" fill="#ffffff">${escapeXml(image.motif)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** A square mark for a logo slot: the motif's initial on a rounded square, legible at 40 px. */
function drawMark(from: string, to: string, motif: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="160" height="160" rx="32" fill="url(#g)"/>
  <path d="M40 84 80 48l40 36v40H92V98H68v26H40z" fill="#ffffff"/>
  <text x="80" y="150" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="18" font-weight="700" fill="#ffffff">${escapeXml(motif)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
