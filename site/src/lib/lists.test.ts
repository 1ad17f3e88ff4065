import { describe, expect, it } from 'vitest'

import { listOf, listSeparator } from './lists'

describe('lists in the reader’s language', () => {
  it('uses Arabic and Thai punctuation rather than a Latin comma', () => {
    expect(listOf('en', ['Workers', 'Survivors'])).toBe('Workers, Survivors')
    expect(listOf('ar', ['العمال', 'الناجون'])).not.toContain(',')
    expect(listSeparator('ar')).toContain('،')
    expect(listSeparator('th')).not.toContain(',')
  })
})
