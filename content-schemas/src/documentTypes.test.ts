import { describe, expect, it } from 'vitest'

import { collections } from './collections.ts'
import {
  collectionLabels,
  collectionSlugs,
  documentTypes,
  listedCollections,
  resourceCollections,
  routedCollections,
} from './documentTypes.ts'
import { locales } from './locales.ts'
import { linkableCollections } from './richText.ts'
import { listingPath, pagePath, previewPath, publicPath } from './routes.ts'

describe('the table of document types', () => {
  it('gives every type a schema and a name in every locale', () => {
    expect(Object.keys(collections)).toEqual(collectionSlugs)
    for (const slug of collectionSlugs) {
      for (const locale of locales) {
        expect(collectionLabels[slug].singular[locale], `${slug} (${locale})`).toBeTruthy()
        expect(collectionLabels[slug].plural[locale], `${slug} (${locale})`).toBeTruthy()
      }
    }
  })

  it('gives every type with pages its own URL segment, apart from the site’s other pages', () => {
    // A type's listing may share its pages' segment (the news page above the posts); two types never do.
    const typed = collectionSlugs.map((slug) => {
      const type = documentTypes[slug] as { page?: { segment: string }; listing?: { segment: string } }
      return new Set([type.page?.segment, type.listing?.segment].filter((segment) => segment !== undefined))
    })
    const segments = typed.flatMap((set) => [...set])
    expect(new Set(segments).size).toBe(segments.length)
    for (const segment of segments) {
      expect(segment).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['search', 'about', 'privacy', 'safety', 'accessibility', 'preview']).not.toContain(segment)
    }
  })

  it('sorts the types by their pages', () => {
    expect(resourceCollections).toEqual([
      'guides',
      'screening-kits',
      'panel-question-sets',
      'donation-lists',
      'volunteer-opportunities',
      'outreach-materials',
      'posts',
      'actions',
      'events',
    ])
    expect(routedCollections).toEqual([...resourceCollections, 'organizations', 'topics', 'regions'])
    expect(linkableCollections).toEqual(resourceCollections)
    expect(listedCollections).toEqual([
      'volunteer-opportunities',
      'posts',
      'actions',
      'events',
      'organizations',
      'hotlines',
    ])
  })
})

describe('the paths of a document', () => {
  it('puts a page under its type’s segment in the reader’s locale', () => {
    expect(pagePath('panel-question-sets', 'ghost-fleet', 'th')).toBe('/th/panel-questions/ghost-fleet/')
    expect(publicPath('topics', 'labour', 'es')).toBe('/es/topics/labour/')
  })

  it('has no public path for a type without pages, or an unknown one', () => {
    expect(publicPath('hotlines', 'national', 'en')).toBeUndefined()
    expect(publicPath('users', 'admin', 'en')).toBeUndefined()
    expect(publicPath('constructor', 'x', 'en')).toBeUndefined()
  })

  it('lists a listed type on one page per locale', () => {
    expect(listingPath('hotlines', 'th')).toBe('/th/hotlines/')
    expect(listingPath('organizations', 'es')).toBe('/es/organizations/')
  })

  it('previews a draft by its id in the locale being edited', () => {
    expect(previewPath('guides', 12, 'ar')).toBe('/preview/guides/12/ar/')
  })
})
