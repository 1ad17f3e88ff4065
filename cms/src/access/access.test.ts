import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseTargets } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

type User = Awaited<ReturnType<typeof createUser>>

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`roles and public access on ${target.kind}`, () => {
    let hub: TestHub
    let payload: Payload
    let ours: number
    let theirs: number
    let editor: User
    let translator: User
    let theirGuide: number | string
    let ourGuide: number | string

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      payload = hub.payload
      ours = (await createOrganization(payload, 'ours')).id
      theirs = (await createOrganization(payload, 'theirs')).id
      editor = await createUser(payload, 'editor', 'editor@test.example', ours)
      translator = await createUser(payload, 'translator', 'translator@test.example')
      ourGuide = (
        await payload.create({
          collection: 'guides',
          data: guideData(ours, { slug: 'our-guide' }),
          overrideAccess: true,
        })
      ).id
      theirGuide = (
        await payload.create({
          collection: 'guides',
          data: guideData(theirs, { slug: 'their-guide' }),
          overrideAccess: true,
        })
      ).id
      await payload.create({
        collection: 'guides',
        data: guideData(ours, { slug: 'secret-draft', title: 'DRAFT-MARKER', _status: 'draft' }),
        draft: true,
        overrideAccess: true,
      })
    })
    afterAll(async () => hub?.close())

    it('shows anonymous readers published documents only', async () => {
      const found = await payload.find({
        collection: 'guides',
        overrideAccess: false,
        draft: true,
        limit: 100,
      })
      expect(found.docs.map((doc) => doc.slug).sort()).toEqual(['our-guide', 'their-guide'])
    })

    it('never shows anonymous readers users or versions', async () => {
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
      await expect(payload.findVersions({ collection: 'guides', overrideAccess: false })).rejects.toThrow()
    })

    it('lets an editor change their organization’s guide but not another organization’s', async () => {
      const updated = await payload.update({
        collection: 'guides',
        id: ourGuide,
        data: { title: 'Edited by our editor' },
        user: editor,
        overrideAccess: false,
      })
      expect(updated.title).toBe('Edited by our editor')
      await expect(
        payload.update({
          collection: 'guides',
          id: theirGuide,
          data: { title: 'Hijacked' },
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const theirsNow = await payload.findByID({ collection: 'guides', id: theirGuide, overrideAccess: true })
      expect(theirsNow.title).toBe('Test guide')
    })

    it('files an editor’s new document under their organization and refuses another organization', async () => {
      const created = await payload.create({
        collection: 'guides',
        data: guideData(ours, { slug: 'editor-new', organization: undefined }),
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      expect(created.organization).toEqual(ours)
      await expect(
        payload.create({
          collection: 'guides',
          data: guideData(theirs, { slug: 'editor-foreign' }),
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
    })

    it('lets a translator save a translation as a draft but not publish it', async () => {
      const draft = await payload.update({
        collection: 'guides',
        id: theirGuide,
        locale: 'es',
        data: { title: 'Guía de prueba', _status: 'draft' },
        draft: true,
        user: translator,
        overrideAccess: false,
      })
      expect(draft.title).toBe('Guía de prueba')
      await expect(
        payload.update({
          collection: 'guides',
          id: theirGuide,
          locale: 'es',
          data: { title: 'Guía publicada', _status: 'published' },
          user: translator,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const published = await payload.findByID({
        collection: 'guides',
        id: theirGuide,
        locale: 'es',
        overrideAccess: true,
      })
      expect(published.title).not.toBe('Guía publicada')
    })

    it('keeps translators away from fields that are not translations', async () => {
      const result = await payload.update({
        collection: 'guides',
        id: theirGuide,
        locale: 'es',
        data: { slug: 'renamed-by-translator', _status: 'draft' },
        draft: true,
        user: translator,
        overrideAccess: false,
      })
      expect(result.slug).toBe('their-guide')
    })

    it('files an editor’s duplicate of another organization’s document as their own draft', async () => {
      await payload.update({
        collection: 'guides',
        id: theirGuide,
        data: { title: 'UNPUBLISHED-DRAFT-TEXT' },
        draft: true,
        overrideAccess: true,
      })
      const copy = await payload.duplicate({
        collection: 'guides',
        id: theirGuide,
        data: { slug: 'copied-by-editor' },
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      expect(copy.organization).toEqual(ours)
      expect(copy._status).toBe('draft')
      const published = await payload.find({
        collection: 'guides',
        where: { title: { equals: 'UNPUBLISHED-DRAFT-TEXT' } },
        overrideAccess: false,
      })
      expect(published.totalDocs).toBe(0)
    })

    it('keeps a duplicate an admin makes a draft, owned as the source is', async () => {
      const admin = await createUser(payload, 'admin', 'admin-dup@test.example')
      const copy = await payload.duplicate({
        collection: 'guides',
        id: ourGuide,
        data: { slug: 'copied-by-admin' },
        user: admin,
        overrideAccess: false,
        depth: 0,
      })
      expect(copy.organization).toEqual(ours)
      expect(copy._status).toBe('draft')
    })

    it('refuses translators a duplicate', async () => {
      await expect(
        payload.duplicate({
          collection: 'guides',
          id: theirGuide,
          data: { slug: 'copied-by-translator' },
          user: translator,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
    })

    it('never lets an editor move their document to another organization', async () => {
      const moved = await payload.update({
        collection: 'guides',
        id: ourGuide,
        data: { organization: theirs },
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      expect(moved.organization).toEqual(ours)
    })

    it('keeps a translator’s every edit a draft, leaving the published document as it was', async () => {
      const publishedTitle = (
        await payload.findByID({ collection: 'guides', id: ourGuide, locale: 'fr', overrideAccess: true })
      ).title
      for (const data of [
        { title: 'Titre direct' },
        { title: 'Titre brouillon', _status: 'draft' as const },
      ]) {
        await payload.update({
          collection: 'guides',
          id: ourGuide,
          locale: 'fr',
          data,
          user: translator,
          overrideAccess: false,
        })
        const live = await payload.find({
          collection: 'guides',
          where: { id: { equals: ourGuide } },
          locale: 'fr',
          overrideAccess: false,
        })
        expect(live.docs[0]?.title).toBe(publishedTitle)
        expect(live.docs[0]?._status).toBe('published')
      }
      const latest = await payload.findByID({
        collection: 'guides',
        id: ourGuide,
        locale: 'fr',
        draft: true,
        overrideAccess: true,
      })
      expect(latest.title).toBe('Titre brouillon')
    })

    it('keeps a published document published when an editor edits it while a draft is pending', async () => {
      const id = (
        await payload.create({
          collection: 'guides',
          data: guideData(ours, { slug: 'pending-draft' }),
          overrideAccess: true,
        })
      ).id
      await payload.update({
        collection: 'guides',
        id,
        data: { summary: 'Pending summary.' },
        draft: true,
        overrideAccess: true,
      })
      const edited = await payload.update({
        collection: 'guides',
        id,
        data: { title: 'Edited while pending' },
        user: editor,
        overrideAccess: false,
      })
      expect(edited._status).toBe('published')
      const live = await payload.find({
        collection: 'guides',
        where: { id: { equals: id } },
        overrideAccess: false,
      })
      expect(live.docs[0]?.title).toBe('Edited while pending')
    })

    it('lets an editor restore a version of their organization’s document, owner unchanged', async () => {
      const id = (
        await payload.create({
          collection: 'guides',
          data: guideData(ours, { slug: 'restorable', title: 'First title' }),
          overrideAccess: true,
        })
      ).id
      await payload.update({
        collection: 'guides',
        id,
        data: { title: 'Second title' },
        overrideAccess: true,
      })
      const versions = await payload.findVersions({
        collection: 'guides',
        where: { parent: { equals: id } },
        sort: 'createdAt',
        overrideAccess: true,
      })
      const restored = await payload.restoreVersion({
        collection: 'guides',
        id: versions.docs[0]!.id,
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      expect(restored.title).toBe('First title')
      expect(restored.organization).toEqual(ours)
    })

    it('refuses a translator’s restore of a version', async () => {
      const versions = await payload.findVersions({
        collection: 'guides',
        where: { parent: { equals: ourGuide } },
        overrideAccess: true,
      })
      await expect(
        payload.restoreVersion({
          collection: 'guides',
          id: versions.docs[0]!.id,
          draft: true,
          user: translator,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/cannot restore/)
    })

    it('records who published, unpublished, restored and deleted, and who changed a role, for admins only', async () => {
      const id = (
        await payload.create({
          collection: 'guides',
          data: guideData(ours, { slug: 'audited', _status: 'draft' }),
          draft: true,
          user: editor,
          overrideAccess: false,
        })
      ).id
      const act = (data: Record<string, unknown>, draft = false) =>
        payload.update({ collection: 'guides', id, data, draft, user: editor, overrideAccess: false })
      await act({ title: 'Draft only' }, true)
      await act({ _status: 'published' })
      await act({ _status: 'draft' })
      const versions = await payload.findVersions({
        collection: 'guides',
        where: { parent: { equals: id } },
        sort: '-createdAt',
        overrideAccess: true,
      })
      await payload.restoreVersion({
        collection: 'guides',
        id: versions.docs[1]!.id,
        user: editor,
        overrideAccess: false,
      })
      await payload.delete({ collection: 'guides', id, user: editor, overrideAccess: false })
      const admin = await createUser(payload, 'admin', 'auditor@test.example')
      const promoted = await createUser(payload, 'translator', 'promoted@test.example')
      await payload.update({
        collection: 'users',
        id: promoted.id,
        data: { role: 'editor', organization: ours },
        user: admin,
        overrideAccess: false,
      })

      const entries = await payload.find({
        collection: 'audit-log',
        sort: 'createdAt',
        limit: 100,
        user: admin,
        overrideAccess: false,
        depth: 0,
      })
      const trail = entries.docs
        .filter((entry) => entry.documentId === String(id) || entry.document === 'promoted@test.example')
        .map((entry) => [entry.action, entry.userEmail])
      expect(trail).toEqual([
        ['published', 'editor@test.example'],
        ['unpublished', 'editor@test.example'],
        ['restored', 'editor@test.example'],
        ['deleted', 'editor@test.example'],
        ['roleChanged', 'auditor@test.example'],
        ['organizationChanged', 'auditor@test.example'],
      ])
      await expect(
        payload.find({ collection: 'audit-log', user: editor, overrideAccess: false }),
      ).rejects.toThrow()
      await expect(
        payload.delete({
          collection: 'audit-log',
          id: entries.docs[0]!.id,
          user: admin,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
    })

    it('records in the audit log who deleted a media file', async () => {
      const admin = await createUser(payload, 'admin', 'media-auditor@test.example')
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#246' } })
        .png()
        .toBuffer()
      const media = await payload.create({
        collection: 'media',
        data: { alt: 'A blue square' },
        file: { data: image, mimetype: 'image/png', name: 'audited-square.png', size: image.length },
        overrideAccess: true,
      })
      await payload.delete({ collection: 'media', id: media.id, user: admin, overrideAccess: false })
      const entries = await payload.find({
        collection: 'audit-log',
        where: { and: [{ collection: { equals: 'media' } }, { documentId: { equals: String(media.id) } }] },
        overrideAccess: true,
        depth: 0,
      })
      expect(entries.docs.map((entry) => [entry.action, entry.userEmail])).toEqual([
        ['deleted', 'media-auditor@test.example'],
      ])
    })

    it('lets editors of co-owning organizations edit and publish, but not delete or invite others', async () => {
      const coHost = await createUser(payload, 'editor', 'cohost@test.example', theirs)
      const outsider = (await createOrganization(payload, 'outsider')).id
      const stranger = await createUser(payload, 'editor', 'stranger@test.example', outsider)
      const id = (
        await payload.create({
          collection: 'guides',
          data: guideData(theirs, { slug: 'co-hosted', coOwners: [ours] }),
          overrideAccess: true,
        })
      ).id
      const edited = await payload.update({
        collection: 'guides',
        id,
        data: { title: 'Edited by the co-host', coOwners: [ours, outsider] },
        user: editor,
        overrideAccess: false,
        depth: 0,
      })
      expect(edited.title).toBe('Edited by the co-host')
      expect(edited.coOwners).toEqual([ours])
      await expect(
        payload.delete({ collection: 'guides', id, user: editor, overrideAccess: false }),
      ).rejects.toThrow()
      await expect(
        payload.update({
          collection: 'guides',
          id,
          data: { title: 'Taken' },
          user: stranger,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const invited = await payload.update({
        collection: 'guides',
        id,
        data: { coOwners: [ours, outsider] },
        user: coHost,
        overrideAccess: false,
        depth: 0,
      })
      expect(invited.coOwners).toEqual([ours, outsider])
    })

    it('lets staff lock only what they may edit, and release only such locks', async () => {
      const lock = (id: number | string) => ({
        document: { relationTo: 'guides' as const, value: id as number },
        globalSlug: null,
        user: { relationTo: 'users' as const, value: editor.id },
      })
      await payload.create({
        collection: 'payload-locked-documents',
        data: lock(ourGuide),
        user: editor,
        overrideAccess: false,
      })
      await expect(
        payload.create({
          collection: 'payload-locked-documents',
          data: lock(theirGuide),
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const adminLock = await payload.create({
        collection: 'payload-locked-documents',
        data: { ...lock(theirGuide), user: { relationTo: 'users', value: translator.id } },
        overrideAccess: true,
      })
      await expect(
        payload.delete({
          collection: 'payload-locked-documents',
          id: adminLock.id,
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
    })

    it('ends an account’s other sessions when its password changes', async () => {
      const email = 'sessions@test.example'
      await createUser(payload, 'editor', email, ours)
      const first = await payload.login({
        collection: 'users',
        data: { email, password: 'test-password-123' },
      })
      const second = await payload.login({
        collection: 'users',
        data: { email, password: 'test-password-123' },
      })
      const me = async (token: string) =>
        (await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })).user
      expect((await me(first.token!))?.email).toBe(email)
      const current = await me(second.token!)
      await payload.update({
        collection: 'users',
        id: first.user!.id,
        data: { password: 'a-new-password-456' },
        user: current!,
        overrideAccess: false,
      })
      expect(await me(first.token!)).toBeNull()
      expect((await me(second.token!))?.email).toBe(email)
    })

    it('refuses a sixth try from one address with a wrong password’s answer, and keeps the account open elsewhere', async () => {
      const email = 'lockme@test.example'
      await createUser(payload, 'editor', email, ours)
      const from = (address: string) => ({ headers: new Headers({ 'x-forwarded-for': address }) })
      const failure = async (data: { email: string; password: string }, address: string) => {
        try {
          await payload.login({ collection: 'users', data, req: from(address) })
        } catch (error) {
          return { message: (error as Error).message, status: (error as { status?: number }).status }
        }
        throw new Error(`Login as ${data.email} from ${address} succeeded`)
      }
      const wrongPassword = await failure({ email, password: 'wrong-password' }, '198.51.100.7')
      const unknownEmail = await failure(
        { email: 'nobody@test.example', password: 'wrong-password' },
        '198.51.100.8',
      )
      expect(unknownEmail).toEqual(wrongPassword)
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await failure({ email, password: 'wrong-password' }, '198.51.100.7')
      }
      expect(await failure({ email, password: 'test-password-123' }, '198.51.100.7')).toEqual(wrongPassword)
      const elsewhere = await payload.login({
        collection: 'users',
        data: { email, password: 'test-password-123' },
        req: from('192.0.2.44'),
      })
      expect(elsewhere.user?.email).toBe(email)
    })
  })
}
