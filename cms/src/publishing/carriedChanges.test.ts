import { describe, expect, it } from 'vitest'

import { carriedChanges } from './carriedChanges'

describe('the changes a build record says it carries', () => {
  const first = { reason: 'guides "a" published', triggeredBy: 'Ana' }

  it('is the first change alone when the build took in none', () => {
    expect(carriedChanges(first, [])).toEqual(first)
  })

  it('names the changes taken in and everyone who made one, once each', () => {
    expect(
      carriedChanges(first, [
        { reason: 'posts "b" published', triggeredBy: 'Ben' },
        { reason: 'guides "a" unpublished', triggeredBy: 'Ana' },
        { reason: 'posts "b" published', triggeredBy: 'Ben' },
        { reason: 'guides "a" published', triggeredBy: 'Cleo' },
        { reason: 'topics "c" published' },
      ]),
    ).toEqual({
      reason:
        'guides "a" published; with 3 more changes: posts "b" published; guides "a" unpublished; topics "c" published',
      triggeredBy: 'Ana, Ben, Cleo',
    })
  })

  it('sums up a bulk publish after naming ten of its changes', () => {
    const taken = Array.from({ length: 250 }, (_, at) => ({ reason: `guides "g${at}" published` }))
    const { reason, triggeredBy } = carriedChanges({ reason: 'guides "a" published' }, taken)
    expect(reason).toMatch(/^guides "a" published; with 250 more changes: guides "g0" published; /)
    expect(reason).toContain('guides "g9" published; and 240 others')
    expect(reason).not.toContain('"g10"')
    expect(triggeredBy).toBeUndefined()
  })
})
