import { textDirection, type Locale } from '@hub/content-schemas'
import PDFDocument from 'pdfkit'

import { EmbeddedFonts, useFieldFont } from './embeddedFonts'
import {
  fieldScripts,
  loadFieldFace,
  loadFontFaces,
  type FieldFace,
  type FontFace,
  type FontFaces,
  type FontStyle,
} from './fonts'
import { layoutParagraph, type Line, type Span } from './textLayout'

export type PageSize = 'A4' | 'LETTER'

export type KitDocumentOptions = {
  locale: Locale
  title: string
  /** Shown in the document properties: the hub's name. */
  author: string
  /** Fixed dates keep a rebuilt kit byte-identical when its content did not change. */
  createdAt: Date
  pageSize?: PageSize
  /** One line at the foot of every page, e.g. the hotline. */
  footer?: string
}

export type TextContent = string | Span[]

type TextOptions = {
  size?: number
  style?: FontStyle
  color?: string
  /** Distance from the start edge (left in ltr, right in rtl). */
  indent?: number
  spaceAfter?: number
  align?: 'start' | 'center'
}

const margin = 56
const bodySize = 10.5
const ink = '#111111'
const muted = '#444444'
const accent = '#6b1d1d'
// Thai stacks vowels and tone marks above and below the line: leave room for them.
const lineHeightFactor = 1.6

// Widths in font units, shared by every PDF of the build: kits repeat their labels, hotlines and headings.
const advances = new Map<string, number>()
const advancesKept = 50_000

function advanceOf(text: string, face: FontFace): number {
  const key = `${face.name}\u0000${text}`
  let advance = advances.get(key)
  if (advance === undefined) {
    advance = face.font.layout(text).advanceWidth
    if (advances.size >= advancesKept) advances.clear()
    advances.set(key, advance)
  }
  return advance
}

/**
 * A tagged, accessible PDF written with pdfkit: real text in embedded subset
 * fonts, a structure tree (headings, paragraphs, lists, figures) for screen
 * readers, the document language, and pages that break between lines.
 */
export class KitDocument {
  readonly pdf: PDFKit.PDFDocument
  readonly locale: Locale
  readonly direction: 'ltr' | 'rtl'
  private readonly pageSize: PageSize
  private y = margin
  private readonly footer: string | undefined
  private readonly fonts: EmbeddedFonts

  static async create(options: KitDocumentOptions): Promise<KitDocument> {
    return new KitDocument(options, await loadFontFaces(), await loadFieldFace(fieldScripts[options.locale]))
  }

  private constructor(
    options: KitDocumentOptions,
    private readonly faces: FontFaces,
    private readonly fieldFace: FieldFace,
  ) {
    this.locale = options.locale
    this.pageSize = options.pageSize ?? 'A4'
    this.direction = textDirection(options.locale)
    this.footer = options.footer
    this.pdf = new PDFDocument({
      size: this.pageSize,
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      lang: options.locale,
      displayTitle: true,
      info: {
        Title: options.title,
        Author: options.author,
        Creator: options.author,
        Producer: options.author,
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    })
    this.fonts = new EmbeddedFonts(this.pdf)
    this.newPage()
  }

  get pageWidth(): number {
    return this.pdf.page.width
  }

  get pageHeight(): number {
    return this.pdf.page.height
  }

  /** The page margin on every side. */
  get margin(): number {
    return margin
  }

  get contentWidth(): number {
    return this.pageWidth - 2 * margin
  }

  get cursor(): number {
    return this.y
  }

  newPage(size: PageSize = this.pageSize): void {
    this.pdf.addPage({ margin: 0, size })
    this.y = margin
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.y + height > this.pageHeight - margin - 24) this.newPage()
  }

  moveDown(points: number): void {
    this.y += points
  }

  moveTo(y: number): void {
    this.y = y
  }

  measure = (text: string, face: FontFace, size: number): number =>
    (advanceOf(text, face) / face.font.unitsPerEm) * size

  layout(content: TextContent, size: number, width: number, style: FontStyle = 'regular'): Line[] {
    const spans = typeof content === 'string' ? [{ text: content, style }] : content
    return layoutParagraph(spans, {
      width,
      size,
      direction: this.direction,
      locale: this.locale,
      faces: this.faces,
      measure: this.measure,
    })
  }

  lineHeight(size: number): number {
    return size * lineHeightFactor
  }

  /** Draws laid-out lines from the cursor down, breaking pages between lines. */
  private drawLines(
    lines: Line[],
    options: {
      size: number
      indent: number
      color: string
      align: 'start' | 'center'
      left: number
      width: number
    },
  ) {
    const height = this.lineHeight(options.size)
    for (const line of lines) {
      this.ensureSpace(height)
      const free = options.width - options.indent - line.width
      const offset = options.align === 'center' ? free / 2 : this.direction === 'rtl' ? free : options.indent
      const baseline = this.y + options.size * 1.2
      this.drawLine(line, options.left + offset, baseline, options.size, options.color)
      this.y += height
    }
  }

  /** One laid-out line, its runs in visual order from `left`, on `baseline`; links in the accent colour. */
  private drawLine(line: Line, left: number, baseline: number, size: number, color: string): void {
    for (const run of line.runs) {
      this.fonts
        .use(run.face, run.mirrored)
        .fontSize(size)
        .fillColor(run.link ? accent : color)
        .text(run.text, left + run.x, baseline, { lineBreak: false, baseline: 'alphabetic', link: run.link })
    }
  }

  /** Writes text as one tagged structure element (P, H1, Lbl...). */
  text(
    tag: string,
    content: TextContent,
    options: TextOptions = {},
    box = { left: margin, width: this.contentWidth },
  ) {
    const size = options.size ?? bodySize
    const indent = options.indent ?? 0
    const lines = this.layout(content, size, box.width - indent, options.style)
    if (lines.length === 0) return
    this.tag(tag, () =>
      this.drawLines(lines, {
        size,
        indent,
        color: options.color ?? ink,
        align: options.align ?? 'start',
        left: box.left,
        width: box.width,
      }),
    )
    this.y += options.spaceAfter ?? size * 0.6
  }

  heading(content: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 20 : level === 2 ? 14.5 : 12
    // Keep a heading with the first lines that follow it.
    this.ensureSpace(this.lineHeight(size) + 3 * this.lineHeight(bodySize))
    if (level > 1) this.y += size * 0.5
    this.text(`H${level}`, content, {
      size,
      style: 'bold',
      color: level === 1 ? ink : accent,
      spaceAfter: size * 0.35,
    })
  }

  paragraph(content: TextContent, options: TextOptions = {}): void {
    this.text('P', content, options)
  }

  muted(content: TextContent): void {
    this.text('P', content, { color: muted, size: 9.5 })
  }

  /** A list with bullets, numbers or empty boxes to tick on paper. */
  list(
    items: TextContent[],
    marker: 'bullet' | 'number' | 'checkbox' = 'bullet',
    options: TextOptions & { start?: number } = {},
  ): void {
    const size = options.size ?? bodySize
    const markerIndent = options.indent ?? 0
    const indent = markerIndent + 18
    const entries = items
      .map((item) => this.layout(item, size, this.contentWidth - indent))
      .filter((lines) => lines.length > 0)
    if (entries.length === 0) return
    let top = this.y
    const body = { size, indent, color: options.color ?? ink, align: 'start' as const }
    this.pdf.addStructure(
      this.pdf.struct(
        'L',
        {},
        entries.map((lines, index) =>
          this.pdf.struct('LI', {}, [
            this.pdf.struct('Lbl', {}, () => {
              this.ensureSpace(this.lineHeight(size))
              top = this.y
              this.drawMarker(marker, (options.start ?? 0) + index, top, size, markerIndent)
            }),
            this.pdf.struct('LBody', {}, () => {
              this.drawLines(lines, { ...body, left: margin, width: this.contentWidth })
              this.y += size * 0.35
            }),
          ]),
        ),
      ),
    )
    this.y += size * 0.4
  }

  private drawMarker(
    marker: 'bullet' | 'number' | 'checkbox',
    index: number,
    top: number,
    size: number,
    indent: number,
  ) {
    const start = this.direction === 'rtl' ? this.pageWidth - margin - indent : margin + indent
    const towardsText = this.direction === 'rtl' ? -1 : 1
    const middle = top + size * 0.85
    if (marker === 'number') {
      const [line] = this.layout(`${index + 1}.`, size, 18)
      if (!line) return
      const x = this.direction === 'rtl' ? start - line.width : start
      this.drawLine(line, x, top + size * 1.2, size, ink)
      return
    }
    if (marker === 'checkbox') {
      const side = size * 0.85
      const x = this.direction === 'rtl' ? start - side - 2 : start + 2
      this.pdf
        .lineWidth(0.8)
        .strokeColor(ink)
        .rect(x, middle - side / 2, side, side)
        .stroke()
      return
    }
    this.pdf
      .fillColor(ink)
      .circle(start + towardsText * 5, middle, size * 0.16)
      .fill()
  }

  /** A thin line across the page, for cutting or separating. */
  rule(dashed = false): void {
    this.artifact(() => {
      const line = this.pdf.lineWidth(0.6).strokeColor(muted)
      if (dashed) line.dash(4, { space: 3 })
      line
        .moveTo(margin, this.y)
        .lineTo(this.pageWidth - margin, this.y)
        .stroke()
      this.pdf.undash()
    })
    this.y += 10
  }

  /** A shaded box behind the content drawn by `draw`, e.g. a safety note. */
  boxed(draw: () => void): void {
    const page = this.pdf.bufferedPageRange().count
    const top = this.y
    this.y += 8
    draw()
    this.y += 2
    if (this.pdf.bufferedPageRange().count === page) {
      this.artifact(() =>
        this.pdf
          .lineWidth(1)
          .strokeColor(accent)
          .rect(margin - 8, top, this.contentWidth + 16, this.y - top)
          .stroke(),
      )
    }
    this.y += 10
  }

  image(file: Buffer, alt: string, box: { x: number; y: number; width: number; height: number }): void {
    this.pdf.addStructure(
      this.pdf.struct('Figure', { alt }, () =>
        this.pdf.image(file, box.x, box.y, {
          fit: [box.width, box.height],
          align: 'center',
          valign: 'center',
        }),
      ),
    )
  }

  /**
   * Makes the form field font current at `size`: form fields made now draw
   * what readers type with it, whatever they type in the kit's script.
   */
  useFieldFont(size: number): PDFKit.PDFDocument {
    return useFieldFont(this.pdf, this.fieldFace).fontSize(size)
  }

  tag(type: string, draw: () => void): void {
    this.pdf.addStructure(this.pdf.struct(type, {}, draw))
  }

  /** Decoration a screen reader should skip. */
  artifact(draw: () => void): void {
    this.pdf.markContent('Artifact')
    draw()
    this.pdf.endMarkedContent()
  }

  private drawFooters(): void {
    const { start, count } = this.pdf.bufferedPageRange()
    for (let index = start; index < start + count; index++) {
      this.pdf.switchToPage(index)
      const text = [this.footer, `${index + 1} / ${count}`].filter(Boolean).join('  ·  ')
      const [line] = this.layout(text, 8.5, this.contentWidth)
      if (!line) continue
      const x = (this.pageWidth - line.width) / 2
      this.artifact(() => this.drawLine(line, x, this.pageHeight - margin / 2, 8.5, muted))
    }
  }

  /** Finishes the document and returns its bytes. */
  async toBuffer(): Promise<Buffer> {
    this.drawFooters()
    const chunks: Buffer[] = []
    const done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)))
      this.pdf.on('error', reject)
    })
    this.pdf.end()
    return done
  }
}
