import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { beforeAll, describe, expect, it } from 'vitest'

import { readSnapshot } from '../loaders/readSnapshot'
import { hubFromSnapshot, type Hub } from './hubData'
import { internalLinkTargets, linkHref } from './links'

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/snapshot')
let hub: Hub

beforeAll(async () => {
  hub = hubFromSnapshot(await readSnapshot(fixture))
})

describe('where a rich-text link goes', () => {
  it('sends an internal link to its document’s page in the reader’s language', () => {
    const guide = hub.guides.find((doc) => doc.slug === 'know-your-rights-at-work')!
    const kit = hub['screening-kits'][0]!
    const internal = (relationTo: string, value: number | string) => ({
      linkType: 'internal',
      doc: { relationTo, value },
    })
    expect(linkHref(internal('guides', guide.id), hub, 'es')).toBe('/es/guides/know-your-rights-at-work/')
    expect(linkHref(internal('screening-kits', kit.id), hub, 'th')).toBe(`/th/screening-kits/${kit.slug}/`)
  })

  it('makes no link to a document that is not published', () => {
    expect(linkHref({ linkType: 'internal', doc: { relationTo: 'guides', value: 99999 } }, hub, 'en')).toBe(
      undefined,
    )
  })

  it('keeps a custom link’s address', () => {
    expect(linkHref({ linkType: 'custom', url: 'https://example.org/' }, hub, 'en')).toBe(
      'https://example.org/',
    )
  })

  it('finds the internal links nested anywhere in rich text', () => {
    const doc = { relationTo: 'guides', value: 3 }
    const body = {
      root: {
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'link', fields: { linkType: 'internal', doc }, children: [] }],
          },
          { type: 'link', fields: { linkType: 'custom', url: 'https://example.org/' }, children: [] },
        ],
      },
    }
    expect(internalLinkTargets({ en: body, es: body })).toEqual([doc, doc])
  })
})
