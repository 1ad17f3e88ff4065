import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`publishing one locale on ${target.kind}`, () => {
    let hub: TestHub
    let organization: number

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      organization = (await createOrganization(hub.payload, 'locale-publish-org')).id as number
    })
    afterAll(async () => hub?.close())

    it('publishes the locale being edited and leaves another locale’s unseen draft a draft', async () => {
      const { payload } = hub
      const guide = await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'one-locale', title: 'English title' }),
        overrideAccess: true,
      })
      await payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'es',
        data: { title: 'Título publicado', summary: 'Resumen.', body: guideData(organization).body },
        overrideAccess: true,
      })
      // A translator's unfinished Spanish, saved as a draft.
      await payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'es',
        data: { title: 'Borrador a medias', _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
      // An editor publishes an English correction, as the admin's Publish button does (publishSpecificLocale).
      await payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'en',
        data: { title: 'Corrected English title', _status: 'published' },
        publishSpecificLocale: 'en',
        overrideAccess: true,
      })
      const published = await payload.findByID({
        collection: 'guides',
        id: guide.id,
        locale: 'all',
        draft: false,
        overrideAccess: true,
      })
      expect(published.title).toMatchObject({ en: 'Corrected English title', es: 'Título publicado' })
      const draft = await payload.findByID({
        collection: 'guides',
        id: guide.id,
        locale: 'es',
        draft: true,
        overrideAccess: true,
      })
      expect(draft.title).toBe('Borrador a medias')
    })
  })
}
