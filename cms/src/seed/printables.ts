import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

import type { SeedPrintable } from './types'

const hex = (colour: string) =>
  rgb(
    parseInt(colour.slice(1, 3), 16) / 255,
    parseInt(colour.slice(3, 5), 16) / 255,
    parseInt(colour.slice(5, 7), 16) / 255,
  )

/** A4, in PDF points. */
const [width, height] = [595.28, 841.89]

/**
 * A demo printable drawn at seed time, as the demo images are: a real, small
 * PDF with the material's words in a standard font (Latin scripts only), so the
 * repository ships no binary files and the site has something to offer for download.
 */
export async function drawSeedPdf(printable: SeedPrintable): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([width, height])
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const margin = width / 12
  page.drawRectangle({
    x: 0,
    y: height * 0.55,
    width,
    height: height * 0.45,
    color: hex(printable.palette[0]),
  })
  page.drawRectangle({ x: 0, y: 0, width, height: height * 0.08, color: hex(printable.palette[1]) })
  const headlineSize = width / 14
  page.drawText(printable.headline, {
    x: margin,
    y: height * 0.62,
    size: headlineSize,
    font: bold,
    color: rgb(1, 1, 1),
    maxWidth: width - 2 * margin,
    lineHeight: headlineSize * 1.2,
  })
  const bodySize = width / 36
  printable.lines.forEach((line, index) => {
    page.drawText(line, {
      x: margin,
      y: height * 0.48 - index * bodySize * 1.8,
      size: bodySize,
      font: regular,
      color: rgb(0.1, 0.1, 0.1),
      maxWidth: width - 2 * margin,
    })
  })
  pdf.setTitle(printable.headline)
  return Buffer.from(await pdf.save())
}
