import bidiFactory from 'bidi-js'

import type { FontFace, FontStyle } from './fonts'

const bidi = bidiFactory()

/** A piece of paragraph text with one style; `link` makes it clickable. */
export type Span = { text: string; style?: FontStyle; link?: string }

export type Measure = (text: string, face: FontFace, size: number) => number

/**
 * Text drawn with one face, at `x` from the line's left edge, in visual order;
 * `logical` is the same text in reading order, for copying and screen readers.
 */
export type PlacedRun = {
  text: string
  logical: string
  /** Brackets and the like in `text` were swapped for their mirror images. */
  mirrored: boolean
  face: FontFace
  x: number
  width: number
  link?: string
}

export type Line = { runs: PlacedRun[]; width: number }

export type ParagraphOptions = {
  width: number
  size: number
  direction: 'ltr' | 'rtl'
  locale: string
  faces: Record<FontStyle, FontFace[]>
  measure: Measure
}

// Scripts written without spaces between words: lines break between dictionary words.
const unspacedScript = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const sharedScript = /^[\p{Script=Common}\p{Script=Inherited}]$/u
// fontkit shapes these scripts and reverses them into visual order itself.
const shapedRtlScript = /\p{Script=Arabic}/u

type Paragraph = {
  text: string
  styles: FontStyle[]
  links: (string | undefined)[]
  faces: FontFace[]
  levels: ReturnType<typeof bidi.getEmbeddingLevels>
}

/**
 * Breaks a paragraph into lines and orders each line for display: fonts are
 * chosen per character by coverage (Latin, Arabic and Thai live in different
 * files), lines break at spaces and, in Thai, between words found by
 * Intl.Segmenter, and mixed-direction lines follow the Unicode bidirectional
 * algorithm. pdfkit does none of this for right-to-left or unspaced scripts.
 */
export function layoutParagraph(spans: Span[], options: ParagraphOptions): Line[] {
  const lines: Line[] = []
  for (const hardLine of splitHardBreaks(spans)) {
    const paragraph = prepare(hardLine, options)
    for (const [start, end] of breakLines(paragraph, options))
      lines.push(placeLine(paragraph, start, end, options))
  }
  return lines
}

function splitHardBreaks(spans: Span[]): Span[][] {
  const result: Span[][] = [[]]
  for (const span of spans) {
    span.text.split('\n').forEach((part, index) => {
      if (index > 0) result.push([])
      if (part) result.at(-1)!.push({ ...span, text: part })
    })
  }
  return result
}

// Phone numbers and dates: digit groups joined by dashes, dots, slashes or spaces.
const numberSequence = /\+?\d+(?:[-\u2013./ ]\d+)+/g
const isolateStart = '\u2066'
const isolateEnd = '\u2069'
const isolateMark = /[\u2066\u2069]/
const isolateMarks = /[\u2066\u2069]/g

/**
 * Next to Arabic, the bidirectional algorithm reads "1-888-373-7888" as Arabic
 * numbers separated by neutrals and shows the groups in reverse. Isolating
 * the sequence left to right keeps it as dialled.
 */
function isolateNumbers(span: Span): Span {
  return {
    ...span,
    text: span.text.replace(numberSequence, (match) => `${isolateStart}${match}${isolateEnd}`),
  }
}

function prepare(input: Span[], options: ParagraphOptions): Paragraph {
  const spans = input.map(isolateNumbers)
  const text = spans.map((span) => span.text).join('')
  const styles: FontStyle[] = []
  const links: (string | undefined)[] = []
  for (const span of spans) {
    for (let i = 0; i < span.text.length; i++) {
      styles.push(span.style ?? 'regular')
      links.push(span.link)
    }
  }
  return {
    text,
    styles,
    links,
    faces: chooseFaces(text, styles, options.faces),
    levels: bidi.getEmbeddingLevels(text, options.direction),
  }
}

/** The first face of the style that has the glyph; marks and shared punctuation stay with their neighbour. */
function chooseFaces(text: string, styles: FontStyle[], faces: ParagraphOptions['faces']): FontFace[] {
  const chosen: FontFace[] = []
  let previous: FontFace | undefined
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!
    const char = String.fromCodePoint(codePoint)
    const chain = faces[styles[i]!]
    const keep = previous && chain.includes(previous) && sharedScript.test(char) && previous.covers(codePoint)
    const face = keep
      ? previous!
      : (chain.find((candidate) => candidate.covers(codePoint)) ?? previous ?? chain[0]!)
    for (let k = 0; k < char.length; k++) chosen.push(face)
    previous = face
    i += char.length
  }
  return chosen
}

/** Positions where a new line may begin. */
function breakOpportunities(text: string, locale: string): number[] {
  const segments = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)]
  const breaks: number[] = []
  for (let k = 1; k < segments.length; k++) {
    const before = segments[k - 1]!
    const segment = segments[k]!
    const afterSpace = /\s$/.test(before.segment) && !/^\s/.test(segment.segment)
    const betweenUnspacedWords =
      before.isWordLike &&
      segment.isWordLike &&
      (unspacedScript.test(before.segment) || unspacedScript.test(segment.segment))
    if (afterSpace || betweenUnspacedWords) breaks.push(segment.index)
  }
  return breaks
}

/** Splits [start, end) where face, style or link change, so each piece is measured with its own font. */
function pieces(paragraph: Paragraph, start: number, end: number): [number, number][] {
  const result: [number, number][] = []
  let pieceStart = start
  for (let i = start + 1; i <= end; i++) {
    const changed =
      i === end ||
      paragraph.faces[i] !== paragraph.faces[pieceStart] ||
      paragraph.styles[i] !== paragraph.styles[pieceStart] ||
      paragraph.links[i] !== paragraph.links[pieceStart]
    if (changed) {
      result.push([pieceStart, i])
      pieceStart = i
    }
  }
  return result
}

function widthOf(paragraph: Paragraph, start: number, end: number, options: ParagraphOptions): number {
  return pieces(paragraph, start, end).reduce(
    (sum, [from, to]) =>
      sum +
      options.measure(
        paragraph.text.slice(from, to).replace(isolateMarks, ''),
        paragraph.faces[from]!,
        options.size,
      ),
    0,
  )
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end
}

/** Greedy line filling; a word wider than the line is cut between graphemes. */
function breakLines(paragraph: Paragraph, options: ParagraphOptions): [number, number][] {
  const { text } = paragraph
  const bounds = [0, ...breakOpportunities(text, options.locale), text.length]
  const lines: [number, number][] = []
  let lineStart = 0
  let lineWidth = 0
  const finish = (end: number) => {
    const trimmed = trimEnd(text, lineStart, end)
    if (trimmed > lineStart) lines.push([lineStart, trimmed])
    lineStart = end
    lineWidth = 0
  }
  for (let k = 0; k + 1 < bounds.length; k++) {
    const chunkStart = bounds[k]!
    const chunkEnd = bounds[k + 1]!
    const visible = widthOf(paragraph, chunkStart, trimEnd(text, chunkStart, chunkEnd), options)
    if (lineStart < chunkStart && lineWidth + visible > options.width) finish(chunkStart)
    if (visible > options.width) {
      for (const grapheme of new Intl.Segmenter(options.locale, { granularity: 'grapheme' }).segment(
        text.slice(chunkStart, chunkEnd),
      )) {
        const from = chunkStart + grapheme.index
        const width = widthOf(paragraph, from, from + grapheme.segment.length, options)
        if (lineStart < from && lineWidth + width > options.width) finish(from)
        lineWidth += width
      }
      continue
    }
    lineWidth += widthOf(paragraph, chunkStart, chunkEnd, options)
  }
  finish(text.length)
  return lines
}

const isSpace = (char: string) => /\s/.test(char)

/**
 * Orders one line visually: runs of one face, style, link and direction, left
 * to right. Right-to-left runs are cut into words and spaces because pdfkit
 * shapes each word on its own and would put the words back in reading order.
 */
function placeLine(paragraph: Paragraph, start: number, end: number, options: ParagraphOptions): Line {
  const { text, levels } = paragraph
  const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end)
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1)
  const runs: PlacedRun[] = []
  let x = 0
  let k = 0
  while (k < order.length) {
    const first = order[k]!
    if (isolateMark.test(text[first]!)) {
      k++
      continue
    }
    const level = levels.levels[first]!
    const step = level % 2 === 1 ? -1 : 1
    let last = first
    while (k + 1 < order.length) {
      const next = order[k + 1]!
      const same =
        next === last + step &&
        !isolateMark.test(text[next]!) &&
        levels.levels[next] === level &&
        paragraph.faces[next] === paragraph.faces[first] &&
        paragraph.styles[next] === paragraph.styles[first] &&
        paragraph.links[next] === paragraph.links[first] &&
        (step === 1 || isSpace(text[next]!) === isSpace(text[first]!))
      if (!same) break
      last = next
      k++
    }
    k++
    const from = Math.min(first, last)
    const logical = text.slice(from, Math.max(first, last) + 1)
    // A right-to-left run fontkit will not reverse (punctuation, numbers' neighbours) is reversed and mirrored here.
    const mirrorHere = step === -1 && !shapedRtlScript.test(logical)
    const runText = mirrorHere ? mirror(logical, from, mirrored) : logical
    const face = paragraph.faces[first]!
    const width = options.measure(runText, face, options.size)
    runs.push({ text: runText, logical, mirrored: mirrorHere, face, x, width, link: paragraph.links[first] })
    x += width
  }
  return { runs, width: x }
}

/** The character a mirrored glyph stands for in reading order: brackets mirror each other. */
export function unmirror(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char
}

/** The run reversed by code point, with brackets and the like swapped for their mirror images. */
function mirror(logical: string, from: number, mirrored: Map<number, string>): string {
  const chars: string[] = []
  for (let i = 0; i < logical.length; ) {
    const char = String.fromCodePoint(logical.codePointAt(i)!)
    chars.push(mirrored.get(from + i) ?? char)
    i += char.length
  }
  return chars.reverse().join('')
}
