import { describe, expect, it } from 'vitest'

import { listOf, listSeparators } from './lists'

describe('lists in the reader’s language', () => {
  it('uses Arabic and Thai punctuation rather than a Latin comma', () => {
    expect(listOf('en', ['Workers', 'Survivors'])).toBe('Workers, Survivors')
    expect(listOf('ar', ['العمال', 'الناجون'])).not.toContain(',')
    expect(listSeparators('ar', 3).join('')).toContain('،')
    expect(listSeparators('th', 3).join('')).not.toContain(',')
  })

  it('puts between items what listOf puts, one fewer than the items', () => {
    for (const locale of ['en', 'fr', 'ar', 'th'] as const) {
      const items = ['a', 'b', 'c', 'd']
      const separators = listSeparators(locale, items.length)
      expect(separators).toHaveLength(3)
      expect(items.map((item, index) => (separators[index - 1] ?? '') + item).join('')).toBe(
        listOf(locale, items),
      )
    }
    expect(listSeparators('en', 1)).toEqual([])
  })
})
