import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import type { Locale } from '@hub/content-schemas'
import * as fontkit from 'fontkit'
import { decompress } from 'wawoff2'

export type FontStyle = 'regular' | 'bold' | 'italic'

/** One font the kits embed, parsed from TrueType data; `name` is how pdfkit knows it. */
export type FontFace = {
  name: string
  font: fontkit.Font
  covers: (codePoint: number) => boolean
}

export type FontFaces = Record<FontStyle, FontFace[]>

const require = createRequire(import.meta.url)

/**
 * Noto Sans from the npm registry (SIL Open Font License), split by script the
 * way Fontsource ships it. Every style lists its faces in fallback order: the
 * first that has a glyph for a character draws it. Arabic and Thai have no
 * italic, so italic text in those scripts stays upright.
 */
const sources: Record<FontStyle, [pkg: string, file: string][]> = {
  regular: [
    ['@fontsource/noto-sans', 'noto-sans-latin-400-normal'],
    ['@fontsource/noto-sans', 'noto-sans-latin-ext-400-normal'],
    ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal'],
    ['@fontsource/noto-sans-thai', 'noto-sans-thai-thai-400-normal'],
  ],
  bold: [
    ['@fontsource/noto-sans', 'noto-sans-latin-700-normal'],
    ['@fontsource/noto-sans', 'noto-sans-latin-ext-700-normal'],
    ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-700-normal'],
    ['@fontsource/noto-sans-thai', 'noto-sans-thai-thai-700-normal'],
  ],
  italic: [
    ['@fontsource/noto-sans', 'noto-sans-latin-400-italic'],
    ['@fontsource/noto-sans', 'noto-sans-latin-ext-400-italic'],
    ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal'],
    ['@fontsource/noto-sans-thai', 'noto-sans-thai-thai-400-normal'],
  ],
}

/**
 * fontkit caches each glyph with the characters of its first use, even a use
 * in the middle of shaping (the د that a final form of ث later replaces). The
 * PDF's text layer is built from those characters, so every lookup here gets
 * a glyph with the characters of this use instead. Each pairing is made once:
 * fontkit keeps a glyph's metrics on the object that computed them, and a
 * fresh object per lookup would measure and parse the glyph again every time.
 */
function withTrueCodePoints(font: fontkit.Font): fontkit.Font {
  const cachedGlyph = font.getGlyph.bind(font)
  const byUse = new Map<string, fontkit.Glyph>()
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const key = `${id}:${codePoints.join(' ')}`
    let glyph = byUse.get(key)
    if (!glyph) {
      glyph = Object.create(cachedGlyph(id, codePoints), {
        codePoints: { value: codePoints },
      }) as fontkit.Glyph
      byUse.set(key, glyph)
    }
    return glyph
  }
  return font
}

/**
 * A fontkit font of `data` with exact characters per glyph, parsed once per
 * process: every PDF shares it, and each embedding makes its own subset.
 */
function openFont(data: Buffer): fontkit.Font {
  return withTrueCodePoints(fontkit.create(data) as fontkit.Font)
}

// WOFF2 unpacked to TrueType once: fontkit would inflate WOFF tables again on every glyph it reads.
const opened = new Map<string, Promise<FontFace>>()

function openFace([pkg, name]: [string, string]): Promise<FontFace> {
  let face = opened.get(name)
  if (!face) {
    face = (async () => {
      const data = Buffer.from(
        await decompress(await readFile(require.resolve(`${pkg}/files/${name}.woff2`))),
      )
      const font = openFont(data)
      return { name, font, covers: (codePoint: number) => font.hasGlyphForCodePoint(codePoint) }
    })()
    opened.set(name, face)
  }
  return face
}

/**
 * Fonts for what readers type into a poster's form fields, one per script:
 * the reader's PDF viewer draws the typed text with the field's font, so it
 * must hold every letter of the kit's language and Latin letters and digits
 * (dates, venue names). Fontsource splits Noto by script, so Arabic and Thai
 * come whole from Google Fonts' Noto Sans Arabic and Noto Sans Thai, which
 * carry Latin too.
 */
const fieldFaceSources = {
  latin: { pkg: '@fontsource/noto-sans', file: 'files/noto-sans-latin-400-normal.woff2' },
  arabic: {
    pkg: '@expo-google-fonts/noto-sans-arabic',
    file: '400Regular/NotoSansArabic_400Regular.ttf',
  },
  thai: { pkg: '@expo-google-fonts/noto-sans-thai', file: '400Regular/NotoSansThai_400Regular.ttf' },
} as const

export type FieldScript = keyof typeof fieldFaceSources

/** The script readers of each kit language type in. */
export const fieldScripts: Record<Locale, FieldScript> = {
  en: 'latin',
  es: 'latin',
  fr: 'latin',
  ar: 'arabic',
  th: 'thai',
}

/**
 * Scripts whose letters join, right to left. PDF readers draw what is typed
 * into a form field themselves, and many (poppler's Evince and Okular, pdf.js
 * when it prints) draw it letter by letter, unjoined and left to right: no
 * field font or alignment the kit chooses changes that.
 */
export const joinedScripts: ReadonlySet<FieldScript> = new Set(['arabic'])

// Basic Latin, Latin-1, general punctuation, Arabic, Thai: what a date, time, venue or host is written with.
const typedRanges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x0600, 0x06ff],
  [0x0e00, 0x0e7f],
]

/** A field font and every character of it a reader may type, for embedding whole rather than as used. */
export type FieldFace = FontFace & { typeable: number[] }

const fieldFaces = new Map<FieldScript, Promise<FieldFace>>()

export function loadFieldFace(script: FieldScript): Promise<FieldFace> {
  let face = fieldFaces.get(script)
  if (!face) {
    face = (async () => {
      const { pkg, file } = fieldFaceSources[script]
      const bytes = await readFile(require.resolve(`${pkg}/${file}`))
      const data = file.endsWith('.woff2') ? Buffer.from(await decompress(bytes)) : bytes
      const font = openFont(data)
      const typeable = font.characterSet.filter((codePoint) =>
        typedRanges.some(([first, last]) => codePoint >= first && codePoint <= last),
      )
      return {
        name: `fields-${script}`,
        font,
        typeable,
        covers: (codePoint: number) => font.hasGlyphForCodePoint(codePoint),
      }
    })()
    fieldFaces.set(script, face)
  }
  return face
}

let faces: Promise<FontFaces> | undefined

/** The faces of every style, loaded once per process. */
export function loadFontFaces(): Promise<FontFaces> {
  faces ??= (async () => ({
    regular: await Promise.all(sources.regular.map(openFace)),
    bold: await Promise.all(sources.bold.map(openFace)),
    italic: await Promise.all(sources.italic.map(openFace)),
  }))()
  return faces
}
