import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { discardIfUntouched } from './discardUntouched'

describe('an untouched new form leaves no document', () => {
  let hub: TestHub
  let organization: number
  let editorReq: Awaited<ReturnType<typeof createLocalReq>>

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    organization = (await createOrganization(hub.payload, 'discard-org')).id
    const editor = await createUser(hub.payload, 'editor', 'editor@discard.example', organization)
    editorReq = await createLocalReq({ user: { ...editor, collection: 'users' } }, hub.payload)
  })
  afterAll(async () => hub?.close())

  // What the admin's "Create new" does when autosave is on.
  const openNewForm = () =>
    hub.payload.create({
      collection: 'guides',
      data: {},
      draft: true,
      locale: 'en',
      overrideAccess: false,
      user: editorReq.user,
    })
  const exists = async (id: number) =>
    (await hub.payload.count({ collection: 'guides', where: { id: { equals: id } }, overrideAccess: true }))
      .totalDocs === 1

  it('removes the document the admin created for a form nobody wrote in', async () => {
    const untouched = await openNewForm()
    await expect(discardIfUntouched(editorReq, 'guides', String(untouched.id))).resolves.toBe(true)
    expect(await exists(untouched.id)).toBe(false)
  })

  it('keeps a draft someone wrote in, even without a title', async () => {
    const started = await openNewForm()
    await hub.payload.update({
      collection: 'guides',
      id: started.id,
      draft: true,
      autosave: true,
      data: { summary: 'Half a thought' },
      overrideAccess: true,
    })
    await expect(discardIfUntouched(editorReq, 'guides', String(started.id))).resolves.toBe(false)
    expect(await exists(started.id)).toBe(true)
  })

  it('keeps titled and published documents', async () => {
    const titled = await hub.payload.create({
      collection: 'guides',
      data: { title: 'Only a title', organization, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const published = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'published-one' }),
      overrideAccess: true,
    })
    for (const doc of [titled, published]) {
      await expect(discardIfUntouched(editorReq, 'guides', String(doc.id))).resolves.toBe(false)
      expect(await exists(doc.id)).toBe(true)
    }
  })
})
