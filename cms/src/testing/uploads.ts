import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import sharp from 'sharp'

/** Strings a leaky upload would carry to the public site; none may survive. */
export const leakMarkers = {
  author: 'Caseworker Maria Lopez',
  producer: 'Shelter Office Scanner 5000',
  camera: 'PhoneMaker',
  photographer: 'Volunteer Name',
  script: 'var hubTestScript = 1;',
  attachment: 'survivor-intake-notes.txt',
  attachmentText: 'Intake notes: address of the safe house',
}

/** A JPEG carrying camera and GPS EXIF tags, like a phone photo taken at a shelter's address. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#b05a3c' } })
    .jpeg()
    .withExif({
      IFD0: { Make: leakMarkers.camera, Model: 'Model 7', Artist: leakMarkers.photographer },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '18/1 47/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '98/1 59/1 0/1',
      },
    })
    .toBuffer()
}

/**
 * A handout as careless software writes one: author and producer in the Info
 * dictionary, a script run on opening and one behind a link, an attached
 * file, and a phone photo with GPS tags; plus a web link, which must keep working.
 */
export async function leakyPdf(): Promise<Buffer> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.context.trailerInfo.Info = document.context.register(
    document.context.obj({
      Author: PDFString.of(leakMarkers.author),
      Producer: PDFString.of(leakMarkers.producer),
    }),
  )
  const page = document.addPage([300, 300])
  page.drawText('Know your rights', { x: 40, y: 250, size: 18 })
  const photo = await document.embedJpg(await photoWithGps())
  page.drawImage(photo, { x: 40, y: 100, width: 128, height: 96 })
  const link = document.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [40, 240, 260, 270],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://www.example.org/rights') },
  })
  const scriptedLink = document.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [40, 200, 260, 230],
    A: { Type: 'Action', S: 'JavaScript', JS: PDFString.of(leakMarkers.script) },
  })
  page.node.set(
    PDFName.of('Annots'),
    document.context.obj([document.context.register(link), document.context.register(scriptedLink)]),
  )
  document.addJavaScript('hello', leakMarkers.script)
  document.catalog.set(
    PDFName.of('OpenAction'),
    document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(leakMarkers.script) }),
  )
  await document.attach(Buffer.from(leakMarkers.attachmentText), leakMarkers.attachment, {
    mimeType: 'text/plain',
  })
  return Buffer.from(await document.save())
}

/**
 * The PDF with every stream decompressed and object streams unpacked (qpdf's
 * QDF form), as text to search. Throws when qpdf finds the file damaged.
 */
export function pdfAsText(pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-pdf-'))
  try {
    const input = path.join(dir, 'in.pdf')
    writeFileSync(input, pdf)
    return execFileSync('qpdf', ['--qdf', '--object-streams=disable', input, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    }).toString('latin1')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
