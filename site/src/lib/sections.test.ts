import { describe, expect, it } from 'vitest'

import type { LexicalNode, RichText } from '@hub/content-schemas'

import { sectionsOf } from './sections'

const text = (value: string): LexicalNode => ({ type: 'text', version: 1, text: value, format: 0 })
const heading = (tag: string, ...words: string[]): LexicalNode => ({
  type: 'heading',
  version: 1,
  tag,
  children: words.map(text),
})
const richText = (...children: LexicalNode[]) =>
  ({ root: { type: 'root', version: 1, children } }) as unknown as RichText

describe('sectionsOf', () => {
  it('lists the h2 headings, not h3, with slugs of their words in any script', () => {
    const sections = sectionsOf(
      richText(
        heading('h2', 'Know ', 'your rights'),
        heading('h3', 'A detail'),
        heading('h2', 'สิทธิของคุณ'),
        heading('h2', 'حقوقك'),
      ),
    )
    expect(sections.map(({ id, text }) => [id, text])).toEqual([
      ['know-your-rights', 'Know your rights'],
      ['สิทธิของคุณ', 'สิทธิของคุณ'],
      ['حقوقك', 'حقوقك'],
    ])
  })

  it('numbers a repeated heading and never takes an id the page uses', () => {
    const ids = sectionsOf(richText(heading('h2', 'Main'), heading('h2', 'Steps'), heading('h2', 'Steps')))
    expect(ids.map((section) => section.id)).toEqual(['main-1', 'steps', 'steps-1'])
  })

  it('gives a heading without words a numbered anchor', () => {
    expect(sectionsOf(richText(heading('h2', 'First'), heading('h2', ' '))).map((s) => s.id)).toEqual([
      'first',
      'section-2',
    ])
  })
})
