import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(
    `take-action items and posts held to the contract on ${target.kind}`,
    () => {
      let hub: TestHub
      let organization: number

      beforeAll(async () => {
        hub = await startTestHub(target.kind)
        organization = (await createOrganization(hub.payload, 'action-org')).id
      })
      afterAll(async () => hub?.close())

      const action = (extra: Record<string, unknown>) => ({
        slug: 'sign-up',
        title: 'Sign up',
        summary: 'Sign up to hear about screenings near you.',
        organization,
        reviewBy: '2027-06-01',
        kind: 'learn' as const,
        effort: 'minutes' as const,
        cost: 'free' as const,
        _status: 'published' as const,
        ...extra,
      })
      const counts = async () => ({
        actions: (await hub.payload.count({ collection: 'actions', overrideAccess: true })).totalDocs,
        versions: (await hub.payload.countVersions({ collection: 'actions', overrideAccess: true }))
          .totalDocs,
        builds: (await hub.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs,
      })

      it('refuses an action with neither a link nor a guide, naming the link field: no row, no version, no build', async () => {
        const before = await counts()
        await expect(
          hub.payload.create({ collection: 'actions', data: action({}), overrideAccess: true }),
        ).rejects.toMatchObject({
          data: {
            errors: [
              expect.objectContaining({
                path: 'link',
                message: expect.stringContaining('Give a link or choose a guide'),
              }),
            ],
          },
        })
        expect(await counts()).toEqual(before)
      })

      it('refuses a link that is not a web address and a kind the contract does not know', async () => {
        const before = await counts()
        await expect(
          hub.payload.create({
            collection: 'actions',
            data: action({ slug: 'bad-link', link: 'javascript:alert(1)' }),
            overrideAccess: true,
          }),
        ).rejects.toMatchObject({
          data: {
            errors: [expect.objectContaining({ path: 'link', message: expect.stringContaining('https://') })],
          },
        })
        await expect(
          hub.payload.create({
            collection: 'actions',
            data: action({ slug: 'bad-kind', link: 'https://hub.example.org/', kind: 'protest' as 'learn' }),
            overrideAccess: true,
          }),
        ).rejects.toThrow()
        expect(await counts()).toEqual(before)
      })

      it('publishes an action that leads to a guide only', async () => {
        const guide = await hub.payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'a-guide' }),
          overrideAccess: true,
        })
        const created = await hub.payload.create({
          collection: 'actions',
          data: action({ slug: 'follow-the-guide', guide: guide.id }),
          overrideAccess: true,
        })
        expect(created._status).toBe('published')
      })

      it('refuses a post without its publication date, naming the field', async () => {
        const before = (await hub.payload.count({ collection: 'posts', overrideAccess: true })).totalDocs
        await expect(
          hub.payload.create({
            collection: 'posts',
            data: {
              slug: 'undated',
              title: 'Undated news',
              summary: 'A post without a date.',
              organization,
              reviewBy: '2027-06-01',
              body: lexical.doc(lexical.p('Body.')),
              _status: 'published',
            } as never,
            overrideAccess: true,
          }),
        ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'publishedOn' })] } })
        expect((await hub.payload.count({ collection: 'posts', overrideAccess: true })).totalDocs).toBe(
          before,
        )
      })
    },
  )
}
