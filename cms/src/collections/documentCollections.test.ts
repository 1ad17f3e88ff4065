import { describe, expect, it } from 'vitest'

import { collectionSlugs } from '@hub/content-schemas'

import { documentCollections } from './documentCollections'

describe('the CMS collections of the contract’s document types', () => {
  it('give each type of the table a collection of that slug, in the table’s order', () => {
    expect(documentCollections('media').map((config) => config.slug)).toEqual(collectionSlugs)
  })
})
