import { beforeAll, describe, expect, it } from 'vitest'

import { loadFontFaces, type FontFace, type FontFaces } from './fonts'
import { layoutParagraph, type Line, type ParagraphOptions } from './textLayout'

let faces: FontFaces
const measure = (text: string, face: FontFace, size: number) =>
  (face.font.layout(text).advanceWidth / face.font.unitsPerEm) * size

beforeAll(async () => {
  faces = await loadFontFaces()
})

function lay(text: string, options: Partial<ParagraphOptions> = {}): Line[] {
  return layoutParagraph([{ text }], {
    width: 400,
    size: 10,
    direction: 'ltr',
    locale: 'en',
    faces,
    measure,
    ...options,
  })
}

const lineText = (line: Line) => line.runs.map((run) => run.logical).join('')

describe('paragraph layout for kit PDFs', () => {
  it('breaks Thai, written without spaces, between dictionary words and never past the width', () => {
    const thai =
      'แรงงานข้ามชาติหลายคนถูกยึดหนังสือเดินทางและถูกบังคับให้ทำงานโดยไม่ได้รับค่าจ้างเป็นเวลาหลายปี'
    const lines = lay(thai, { width: 120, locale: 'th' })
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.map(lineText).join('')).toBe(thai)
    const words = new Set(
      [...new Intl.Segmenter('th', { granularity: 'word' }).segment(thai)].map((part) => part.index),
    )
    let offset = 0
    for (const line of lines) {
      expect(words.has(offset), `line starts at a word: ${lineText(line)}`).toBe(true)
      expect(line.width).toBeLessThanOrEqual(120)
      offset += lineText(line).length
    }
  })

  it('orders an Arabic line right to left, word by word, with the Arabic face', () => {
    const [line] = lay('اتصل بالخط الساخن', { direction: 'rtl', locale: 'ar' })
    const words = line!.runs.filter((run) => run.text.trim())
    expect(words.map((run) => run.logical)).toEqual(['الساخن', 'بالخط', 'اتصل'])
    expect(new Set(words.map((run) => run.face.name))).toEqual(
      new Set(['noto-sans-arabic-arabic-400-normal']),
    )
    expect(words[0]!.x).toBeLessThan(words[2]!.x)
  })

  it('keeps a phone number in dialling order inside Arabic text', () => {
    const [line] = lay('اتصل على 1-888-373-7888 الآن', { direction: 'rtl', locale: 'ar' })
    const number = line!.runs.find((run) => /\d/.test(run.text))!
    expect(number.text).toBe('1-888-373-7888')
    expect(number.face.name).toBe('noto-sans-latin-400-normal')
    const now = line!.runs.find((run) => run.logical === 'الآن')!
    const call = line!.runs.find((run) => run.logical === 'اتصل')!
    expect(now.x).toBeLessThan(number.x)
    expect(number.x).toBeLessThan(call.x)
  })

  it('mirrors brackets in right-to-left text and keeps the typed bracket for copying', () => {
    const [line] = lay('الخط الساخن (الولايات المتحدة)', { direction: 'rtl', locale: 'ar' })
    const brackets = line!.runs.filter((run) => /[()]/.test(run.text))
    expect(brackets.map((run) => [run.text, run.logical, run.mirrored])).toEqual([
      ['(', ')', true],
      [')', '(', true],
    ])
  })

  it('puts a Latin film title inside Arabic text in the Latin face, left to right', () => {
    const [line] = lay('فيلم Ghost Fleet الوثائقي', { direction: 'rtl', locale: 'ar' })
    const latin = line!.runs.filter((run) => /[A-Za-z]/.test(run.text))
    expect(latin.map((run) => run.text).join('')).toBe('Ghost Fleet')
    expect(new Set(latin.map((run) => run.face.name))).toEqual(new Set(['noto-sans-latin-400-normal']))
  })

  it('honours hard line breaks and cuts a word wider than the line between graphemes', () => {
    expect(lay('first\nsecond').map(lineText)).toEqual(['first', 'second'])
    const url = 'https://example.org/a-very-long-address-that-cannot-fit-on-one-narrow-line'
    const lines = lay(url, { width: 80 })
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.map(lineText).join('')).toBe(url)
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80)
  })
})
