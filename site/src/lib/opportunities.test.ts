import { describe, expect, it } from 'vitest'

import { isOpen, openOpportunities } from './opportunities'

const now = new Date('2027-01-31T23:30:00Z')

describe('open volunteer opportunities', () => {
  it('are open through their closing day and closed the day after', () => {
    expect(isOpen({ closingDate: '2027-01-31' }, now)).toBe(true)
    expect(isOpen({ closingDate: '2027-01-31T00:00:00.000Z' }, now)).toBe(true)
    expect(isOpen({ closingDate: '2027-01-30' }, now)).toBe(false)
    expect(isOpen({ closingDate: null }, now)).toBe(true)
  })

  it('are listed soonest to close first, those without a date last, closed ones left out', () => {
    const listed = openOpportunities(
      [
        { slug: 'ongoing', closingDate: null },
        { slug: 'later', closingDate: '2027-03-01' },
        { slug: 'closed', closingDate: '2027-01-01' },
        { slug: 'soon', closingDate: '2027-02-01' },
      ],
      now,
    )
    expect(listed.map((opportunity) => opportunity.slug)).toEqual(['soon', 'later', 'ongoing'])
  })
})
