import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slug } from '@hub/content-schemas'

import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { slugFromTitle } from './slugField'

describe('slugs made for the editor', () => {
  let hub: TestHub
  let organization: number

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    organization = (await createOrganization(hub.payload, 'slug-org')).id
  })
  afterAll(async () => hub?.close())

  const draft = (data: Record<string, unknown>, locale: 'en' | 'es' | 'th' = 'en') =>
    hub.payload.create({
      collection: 'guides',
      data: { organization, _status: 'draft', ...data },
      locale,
      draft: true,
      overrideAccess: true,
    })

  it('spells titles as slugs where slugify can transliterate them, and gives nothing for Thai', () => {
    expect(slugFromTitle('Conozca sus derechos: ¡ya!')).toBe('conozca-sus-derechos-ya')
    expect(slugFromTitle('  Know   your rights -- now ')).toBe('know-your-rights-now')
    expect(slug.safeParse(slugFromTitle('اعرف حقوقك')).success).toBe(true)
    expect(slugFromTitle('รู้สิทธิของคุณ')).toBe('')
  })

  it('suggests the slug from the title of a new document and keeps it when the title changes', async () => {
    const created = await draft({ title: 'Guía para trabajadoras del hogar' }, 'es')
    expect(created.slug).toBe('guia-para-trabajadoras-del-hogar')
    const renamed = await hub.payload.update({
      collection: 'guides',
      id: created.id,
      locale: 'es',
      draft: true,
      data: { title: 'Otro título', slug: '' },
      overrideAccess: true,
    })
    expect(renamed.slug).toBe('guia-para-trabajadoras-del-hogar')
  })

  it('suggests a free slug when the title’s slug is taken', async () => {
    await draft({ title: 'Safe recruitment' })
    const second = await draft({ title: 'Safe recruitment' })
    expect(second.slug).toBe('safe-recruitment-2')
  })

  it('leaves the slug to the editor when the title cannot be spelled in a-z', async () => {
    const created = await draft({ title: 'รู้สิทธิของคุณ' }, 'th')
    expect(created.slug ?? '').toBe('')
  })

  it('gives a duplicated document a valid, unused slug', async () => {
    const original = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'know-your-rights' }),
      overrideAccess: true,
    })
    const copies = []
    for (let copy = 0; copy < 2; copy += 1) {
      copies.push(
        await hub.payload.duplicate({
          collection: 'guides',
          id: original.id,
          draft: true,
          overrideAccess: true,
        }),
      )
    }
    expect(copies.map((copy) => copy.slug)).toEqual(['know-your-rights-copy', 'know-your-rights-copy-2'])
    for (const copy of copies) expect(slug.safeParse(copy.slug).success).toBe(true)
  })
})
