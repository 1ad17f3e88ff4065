import type * as fontkit from 'fontkit'

import type { FieldFace, FontFace } from './fonts'
import { unmirror } from './textLayout'

/** The parts of pdfkit's embedded font this module relies on (pdfkit 0.20). */
type PdfkitFont = {
  layout(text: string, features?: unknown): { glyphs: fontkit.Glyph[]; positions: unknown[] }
  encode(text: string, features?: unknown): [string[], unknown[]]
  subset: { glyphs: number[] }
  widths: number[]
  unicode: number[][]
  scale: number
}

/**
 * Registers the faces with pdfkit and keeps the PDF's text layer exact.
 *
 * A PDF font maps each glyph to one piece of text, and pdfkit keeps the first
 * it sees. Noto's Arabic and Thai fonts reuse glyphs: the undotted body of س
 * also draws ش under a dot mark, and the glyph of า is half of ำ. Copying,
 * searching and screen readers would then get the wrong letters. Here every
 * pairing of a glyph with the text it stands for gets its own slot in the
 * embedded subset, so each slot maps back to exactly its own text.
 */
export class EmbeddedFonts {
  private readonly registered = new Set<FontFace>()
  private readonly exact = new WeakSet<object>()
  private readonly drawing = { mirrored: false }

  constructor(private readonly pdf: PDFKit.PDFDocument) {}

  /**
   * Makes `face` pdfkit's current font. A `mirrored` run shows a bracket's
   * mirror image in right-to-left text; its text layer keeps the bracket the
   * reader typed.
   */
  use(face: FontFace, mirrored = false): PDFKit.PDFDocument {
    this.drawing.mirrored = mirrored
    if (!this.registered.has(face)) {
      this.pdf.registerFont(face.name, face.font as unknown as string)
      this.registered.add(face)
    }
    this.pdf.font(face.name)
    const current = (this.pdf as unknown as { _font: PdfkitFont })._font
    if (!this.exact.has(current)) {
      encodeByUse(current, this.drawing)
      this.exact.add(current)
    }
    return this.pdf
  }
}

/**
 * Makes a form field font pdfkit's current font: every character the reader
 * may type is embedded, with its text, so a PDF viewer can draw any text typed
 * into the field (it finds each character's glyph through the font's ToUnicode
 * map, which for a font subset as used would lack most of them).
 */
const complete = new WeakSet<object>()

export function useFieldFont(pdf: PDFKit.PDFDocument, face: FieldFace): PDFKit.PDFDocument {
  const registered = (pdf as unknown as { _registeredFonts: Record<string, unknown> })._registeredFonts
  if (!registered[face.name]) pdf.registerFont(face.name, face.font as unknown as string)
  pdf.font(face.name)
  // pdfkit shares one embedding between faces of the same file: the Latin field font may be the text's.
  const font = (pdf as unknown as { _font: PdfkitFont & { font: fontkit.Font } })._font
  if (!complete.has(font)) {
    complete.add(font)
    for (const codePoint of face.typeable) {
      const glyph = font.font.glyphForCodePoint(codePoint)
      font.subset.glyphs.push(glyph.id)
      const slot = font.subset.glyphs.length - 1
      font.widths[slot] = glyph.advanceWidth * font.scale
      font.unicode[slot] = [codePoint]
    }
  }
  return pdf
}

function encodeByUse(font: PdfkitFont, drawing: { mirrored: boolean }): void {
  const slots = new Map<string, number>()
  font.encode = (text, features) => {
    const { glyphs, positions } = font.layout(text, features)
    const encoded = glyphs.map((glyph) => {
      const codePoints = drawing.mirrored
        ? glyph.codePoints.map((codePoint) => unmirror(String.fromCodePoint(codePoint)).codePointAt(0)!)
        : glyph.codePoints
      const key = `${glyph.id}:${codePoints.join(' ')}`
      let slot = slots.get(key)
      if (slot === undefined) {
        font.subset.glyphs.push(glyph.id)
        slot = font.subset.glyphs.length - 1
        slots.set(key, slot)
        font.widths[slot] = glyph.advanceWidth * font.scale
        font.unicode[slot] = codePoints
      }
      return slot.toString(16).padStart(4, '0')
    })
    return [encoded, positions]
  }
}
