import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import type { User } from '../payload-types'
import { databaseTargets } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { markVerified } from '../verification/markVerified'
import { returnForChanges } from './returnForChanges'
import { reviewStatus } from './reviewStatus'
import { submitForReview } from './submitForReview'

type Actor = 'admin' | 'coordinator' | 'reviewedEditor' | 'freeEditor' | 'translator'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`review before publishing on ${target.kind}`, () => {
    let hub: TestHub
    let payload: Payload
    let reviewed: number
    let free: number
    const users = {} as Record<Actor, User>
    let counter = 0

    const reqOf = (actor: Actor) =>
      createLocalReq({ user: { ...users[actor], collection: 'users' } }, payload)
    const as = (actor: Actor) => ({ user: users[actor], overrideAccess: false })
    /** A published guide of an organization, with an unpublished draft saved on top. */
    async function guideWithDraft(organization: number, draftTitle = 'Draft title') {
      counter += 1
      const { id } = await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: `reviewed-${counter}`, title: 'Live title' }),
        overrideAccess: true,
      })
      await payload.update({
        collection: 'guides',
        id,
        data: { title: draftTitle },
        draft: true,
        overrideAccess: true,
      })
      return id
    }
    const live = async (id: number, locale: 'en' | 'fr' = 'en') =>
      (await payload.findByID({ collection: 'guides', id, locale, overrideAccess: true })).title
    const versions = async (id: number) =>
      (await payload.countVersions({ collection: 'guides', where: { parent: { equals: id } } })).totalDocs
    const requests = async () =>
      (await payload.find({ collection: 'review-requests', overrideAccess: true, depth: 0, limit: 100 })).docs

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      payload = hub.payload
      reviewed = (await createOrganization(payload, 'reviewed')).id
      free = (await createOrganization(payload, 'free')).id
      users.admin = await createUser(payload, 'admin', 'admin@review.example')
      users.coordinator = await createUser(payload, 'coordinator', 'coordinator@review.example')
      users.reviewedEditor = await createUser(payload, 'editor', 'reviewed@review.example', reviewed)
      users.freeEditor = await createUser(payload, 'editor', 'free@review.example', free)
      users.translator = await createUser(payload, 'translator', 'translator@review.example')
      await payload.updateGlobal({
        slug: 'review-settings',
        data: { organizationsUnderReview: [reviewed] },
        overrideAccess: true,
      })
    })
    afterAll(async () => hub?.close())

    it('refuses a publish by an editor whose organization submits for review, changing nothing', async () => {
      const id = await guideWithDraft(reviewed)
      const before = await versions(id)
      await expect(
        payload.update({ collection: 'guides', id, data: { _status: 'published' }, ...as('reviewedEditor') }),
      ).rejects.toThrow()
      await expect(
        payload.update({ collection: 'guides', id, data: { title: 'Sneaked in' }, ...as('reviewedEditor') }),
      ).rejects.toThrow()
      expect(await live(id)).toBe('Live title')
      expect(await versions(id)).toBe(before)
      // Drafts stay theirs to write.
      await payload.update({
        collection: 'guides',
        id,
        data: { title: 'Second draft' },
        draft: true,
        ...as('reviewedEditor'),
      })
      expect(await live(id)).toBe('Live title')
    })

    it('refuses them a republishing "Mark as verified" too, writing no version', async () => {
      const { id } = await payload.create({
        collection: 'donation-lists',
        data: guideData(reviewed, {
          slug: 'reviewed-list',
          body: undefined,
          lastVerified: '2020-01-01',
          items: [{ name: 'Blankets', category: 'household', priority: 'normal' }],
          howToDonate: 'Bring them to the office.',
        }) as never,
        overrideAccess: true,
      })
      const count = async () =>
        (await payload.countVersions({ collection: 'donation-lists', where: { parent: { equals: id } } }))
          .totalDocs
      const before = await count()
      const result = await markVerified(await reqOf('reviewedEditor'), 'donation-lists', String(id))
      expect(result).toMatchObject({ ok: false, status: 403 })
      expect(await count()).toBe(before)
    })

    it('lets editors of other organizations publish directly', async () => {
      const id = await guideWithDraft(free)
      await payload.update({ collection: 'guides', id, data: { _status: 'published' }, ...as('freeEditor') })
      expect(await live(id)).toBe('Draft title')
    })

    it('takes a submission, a return with a comment, a resubmission and a coordinator’s publish', async () => {
      const id = await guideWithDraft(reviewed, 'Ready for review')
      const submitted = await submitForReview(await reqOf('reviewedEditor'), {
        collection: 'guides',
        id,
        locale: 'en',
      })
      expect(submitted).toMatchObject({ ok: true, state: 'submitted' })
      const requestId = submitted.ok ? submitted.id : 0

      // Only the submitting organization and coordinators see it in the queue.
      const queue = (actor: Actor) =>
        payload.find({
          collection: 'review-requests',
          where: { documentId: { equals: String(id) } },
          ...as(actor),
        })
      expect((await queue('coordinator')).totalDocs).toBe(1)
      expect((await queue('reviewedEditor')).totalDocs).toBe(1)
      expect((await queue('freeEditor')).totalDocs).toBe(0)
      expect((await queue('translator')).totalDocs).toBe(0)

      // A return needs a comment, and a reviewer.
      expect(await returnForChanges(await reqOf('coordinator'), String(requestId), '  ')).toMatchObject({
        ok: false,
        status: 400,
      })
      expect(
        await returnForChanges(await reqOf('reviewedEditor'), String(requestId), 'Self-approved'),
      ).toMatchObject({ ok: false, status: 403 })
      expect(
        (await payload.findByID({ collection: 'review-requests', id: requestId, overrideAccess: true }))
          .state,
      ).toBe('submitted')

      expect(
        await returnForChanges(
          await reqOf('coordinator'),
          String(requestId),
          'Name the hotline in the title.',
        ),
      ).toMatchObject({ ok: true, state: 'returned' })
      const seen = await reviewStatus(await reqOf('reviewedEditor'), 'guides', String(id), 'en')
      expect(seen).toMatchObject({
        request: { state: 'returned', comment: 'Name the hotline in the title.' },
      })
      expect('compare' in seen && seen.compare).toMatch(
        new RegExp(`^/collections/guides/${id}/versions/\\d+\\?versionFrom=\\d+$`),
      )

      await payload.update({
        collection: 'guides',
        id,
        data: { title: 'Ready, with the hotline' },
        draft: true,
        ...as('reviewedEditor'),
      })
      const again = await submitForReview(await reqOf('reviewedEditor'), {
        collection: 'guides',
        id,
        locale: 'en',
      })
      expect(again).toMatchObject({ ok: true, id: requestId, state: 'submitted' })

      await payload.update({ collection: 'guides', id, data: { _status: 'published' }, ...as('coordinator') })
      expect(await live(id)).toBe('Ready, with the hotline')
      const closed = await payload.findByID({
        collection: 'review-requests',
        id: requestId,
        overrideAccess: true,
        depth: 0,
      })
      expect(closed).toMatchObject({ state: 'published', reviewedBy: users.coordinator.id })
    })

    it('puts a translator’s translation through the queue in its language', async () => {
      const id = await guideWithDraft(free)
      await payload.update({ collection: 'guides', id, data: { _status: 'published' }, overrideAccess: true })
      await payload.update({
        collection: 'guides',
        id,
        locale: 'fr',
        data: {
          title: 'Titre traduit',
          summary: 'Un guide traduit.',
          body: lexical.doc(lexical.p('Texte.')),
        } as never,
        ...as('translator'),
      })
      const submitted = await submitForReview(await reqOf('translator'), {
        collection: 'guides',
        id,
        locale: 'fr',
      })
      expect(submitted).toMatchObject({ ok: true, state: 'submitted' })
      // The owning organization's editors see their document's translation waiting.
      const theirs = await payload.find({
        collection: 'review-requests',
        where: { documentId: { equals: String(id) } },
        ...as('freeEditor'),
      })
      expect(theirs.docs.map((request) => [request.locale, request.title])).toEqual([['fr', 'Titre traduit']])
      await payload.update({
        collection: 'guides',
        id,
        locale: 'fr',
        data: { _status: 'published' },
        publishSpecificLocale: 'fr',
        ...as('coordinator'),
      })
      expect(await live(id, 'fr')).toBe('Titre traduit')
      const request = await payload.findByID({
        collection: 'review-requests',
        id: submitted.ok ? submitted.id : 0,
        overrideAccess: true,
      })
      expect(request.state).toBe('published')
    })

    it('refuses submissions that are not an editor’s or translator’s to make, creating no request', async () => {
      const id = await guideWithDraft(reviewed)
      const published = (
        await payload.create({
          collection: 'guides',
          data: guideData(reviewed, { slug: 'nothing-pending' }),
          overrideAccess: true,
        })
      ).id
      const before = (await requests()).length
      const tries: [Actor, Record<string, unknown>, number][] = [
        ['freeEditor', { collection: 'guides', id, locale: 'en' }, 403],
        ['coordinator', { collection: 'guides', id, locale: 'en' }, 403],
        ['reviewedEditor', { collection: 'guides', id: published, locale: 'en' }, 409],
        ['reviewedEditor', { collection: 'users', id, locale: 'en' }, 400],
        ['reviewedEditor', { collection: 'guides', id, locale: 'de' }, 400],
        ['reviewedEditor', { collection: 'guides', id: 999999, locale: 'en' }, 404],
      ]
      for (const [actor, input, status] of tries) {
        const result = await submitForReview(await reqOf(actor), input)
        expect(result, `${actor} ${JSON.stringify(input)}`).toMatchObject({ ok: false, status })
        expect(!result.ok && result.message.length > 10).toBe(true)
      }
      expect((await requests()).length).toBe(before)
      await expect(
        payload.create({
          collection: 'review-requests',
          data: {
            title: 'Forged',
            collection: 'guides',
            documentId: String(id),
            locale: 'en',
            state: 'submitted',
          },
          ...as('coordinator'),
        }),
      ).rejects.toThrow()
      expect((await requests()).length).toBe(before)
    })

    it('lets a coordinator publish any organization’s document but not manage accounts or delete', async () => {
      const id = await guideWithDraft(free, 'Coordinated')
      await payload.update({ collection: 'guides', id, data: { _status: 'published' }, ...as('coordinator') })
      expect(await live(id)).toBe('Coordinated')
      await expect(payload.delete({ collection: 'guides', id, ...as('coordinator') })).rejects.toThrow()
      await expect(
        payload.create({
          collection: 'users',
          data: { email: 'made@review.example', password: 'test-password-123', role: 'admin' },
          ...as('coordinator'),
        }),
      ).rejects.toThrow()
      const changed = await payload
        .update({
          collection: 'users',
          id: users.translator.id,
          data: { role: 'admin' },
          ...as('coordinator'),
        })
        .catch(() => null)
      expect(changed).toBeNull()
      const self = await payload.update({
        collection: 'users',
        id: users.coordinator.id,
        data: { role: 'admin' },
        ...as('coordinator'),
      })
      expect(self.role).toBe('coordinator')
      await expect(
        payload.updateGlobal({
          slug: 'review-settings',
          data: { organizationsUnderReview: [] },
          ...as('coordinator'),
        }),
      ).rejects.toThrow()
    })
  })
}
