import { describe, expect, it } from 'vitest'

import { canonicalRichText } from './canonicalRichText'

const write = (value: unknown) => JSON.stringify(value, canonicalRichText, 2)

describe('canonicalRichText', () => {
  it('writes rich text the same whatever order its keys were stored in', () => {
    const asGiven = {
      root: { type: 'root', children: [{ type: 'text', text: 'Hi', detail: 0, mode: 'normal' }] },
    }
    const asJsonb = {
      root: { children: [{ mode: 'normal', text: 'Hi', type: 'text', detail: 0 }], type: 'root' },
    }
    expect(write({ body: { en: asJsonb } })).toBe(write({ body: { en: asGiven } }))
  })

  it('keeps the order of everything else', () => {
    expect(write({ title: 'T', slug: 's', root: 'not rich text' })).toBe(
      JSON.stringify({ title: 'T', slug: 's', root: 'not rich text' }, null, 2),
    )
  })
})
