import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient } from '../support/restClient'
import { adminSave, demoPassword, startAdmin, type Admin } from './harness'

type List = { id: number; title: string; organization: number }
type Request = { id: number; state: string; comment?: string; documentId: string }

/**
 * Review before publishing, as people do it in Chromium: the demo editor's
 * organization is put under review; the editor submits a change, the
 * coordinator returns it with a comment, the editor reads it and submits
 * again, the coordinator publishes.
 */
describe('review before publishing', () => {
  let admin: Admin
  let api: ReturnType<typeof restClient>
  let token: string
  let list: List
  const comment = 'Say which days the drop-off point is open.'
  const title = (page: Page) => page.locator('#field-title').first()
  const editUrl = () => `${admin.cms.url}/admin/collections/donation-lists/${list.id}`
  const queueRow = (page: Page) =>
    page.locator(`#content-health-review + ul li[data-collection="donation-lists"][data-id="${list.id}"]`)
  const requests = async () =>
    (
      await api.get(
        `/api/review-requests?where[collection][equals]=donation-lists&where[documentId][equals]=${list.id}&depth=0`,
        token,
      )
    ).body.docs as Request[]
  const live = async () => (await api.get(`/api/donation-lists/${list.id}?depth=0`, token)).body as List

  async function editAndSubmit(page: Page, newTitle: string, button: string) {
    await page.goto(editUrl())
    await title(page).waitFor({ timeout: 30_000 })
    const saved = adminSave(page, 'autosave')
    await title(page).fill(newTitle)
    expect((await saved).status()).toBe(200)
    const submit = page.getByRole('button', { name: button })
    await submit.waitFor({ timeout: 30_000 })
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/review-requests/submit'), {
        timeout: 30_000,
      }),
      submit.click(),
    ])
    expect(answer.status(), await answer.text()).toBe(200)
    await page.locator('.review-panel[data-review-state="submitted"]').waitFor({ timeout: 30_000 })
  }

  beforeAll(async () => {
    admin = await startAdmin()
    api = restClient(admin.cms.url)
    token = await api.login('admin@hub.example', demoPassword)
    const { body: me } = await api.get('/api/users/me', await api.login('editor@hub.example', demoPassword))
    const organization = (me as { user: { organization: number | { id: number } } }).user.organization
    const organizationId = typeof organization === 'object' ? organization.id : organization
    const { body } = await api.get('/api/donation-lists?depth=0&limit=100', token)
    list = (body as { docs: List[] }).docs.find((doc) => doc.organization === organizationId)!
    const reply = await api.post(
      '/api/globals/review-settings',
      { organizationsUnderReview: [organizationId] },
      token,
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  }, 600_000)
  afterAll(async () => admin?.close())

  it('takes an editor’s change through submit, return with a comment, resubmit and publish', async () => {
    const editor = await admin.signIn('editor', 'review-editor')
    const originalTitle = list.title
    try {
      await editAndSubmit(editor.page, 'Winter needs: coats and boots', 'Submit for review')
      // Under review, the editor has no Publish button, and the server would refuse one.
      await expect(editor.page.locator('#action-save').count()).resolves.toBe(0)
      await editor.step('submitted for review')
    } finally {
      await editor.close()
    }
    expect((await requests()).map((request) => request.state)).toEqual(['submitted'])

    const coordinator = await admin.signIn('coordinator', 'review-coordinator')
    try {
      const row = queueRow(coordinator.page)
      await row.waitFor({ timeout: 30_000 })
      await expect(row.innerText()).resolves.toContain('editor@hub.example')
      await expect(
        row.getByRole('link', { name: 'Compare with the live version' }).getAttribute('href'),
      ).resolves.toMatch(
        new RegExp(`/admin/collections/donation-lists/${list.id}/versions/\\d+\\?versionFrom=\\d+$`),
      )
      await coordinator.step('the queue on the dashboard')
      await row.getByRole('link', { name: 'Winter needs: coats and boots' }).click()
      await coordinator.page.waitForURL(new RegExp(`/donation-lists/${list.id}\\?locale=en`), {
        timeout: 30_000,
      })
      await coordinator.page.locator('#review-comment').fill(comment)
      const [answer] = await Promise.all([
        coordinator.page.waitForResponse(
          (response) => /\/api\/review-requests\/\d+\/return$/.test(response.url()),
          {
            timeout: 30_000,
          },
        ),
        coordinator.page.getByRole('button', { name: 'Return with comment' }).click(),
      ])
      expect(answer.status(), await answer.text()).toBe(200)
      await coordinator.page
        .locator('.review-panel[data-review-state="returned"]')
        .waitFor({ timeout: 30_000 })
      await coordinator.step('returned with a comment')
    } finally {
      await coordinator.close()
    }
    expect(await live()).toMatchObject({ title: originalTitle })

    const again = await admin.signIn('editor', 'review-editor-again')
    try {
      const row = queueRow(again.page)
      await row.waitFor({ timeout: 30_000 })
      await expect(row.locator('[data-review-comment]').innerText()).resolves.toBe(comment)
      await again.step('the comment on the dashboard')
      await again.page.goto(editUrl())
      await expect(
        again.page.locator('.review-panel [data-review-comment]').innerText({ timeout: 30_000 }),
      ).resolves.toBe(comment)
      await again.step('the comment on the document')
      await editAndSubmit(again.page, 'Winter needs: coats and boots (drop-off Tuesdays)', 'Submit again')
    } finally {
      await again.close()
    }

    const publisher = await admin.signIn('coordinator', 'review-publish')
    try {
      await publisher.page.goto(`${editUrl()}?locale=en`)
      await publisher.page
        .locator('.review-panel[data-review-state="submitted"]')
        .waitFor({ timeout: 30_000 })
      const published = adminSave(publisher.page, 'publish')
      await publisher.page.locator('#action-save').click()
      expect((await published).status()).toBe(200)
      await publisher.step('published by the coordinator')
    } finally {
      await publisher.close()
    }
    expect(await live()).toMatchObject({ title: 'Winter needs: coats and boots (drop-off Tuesdays)' })
    expect((await requests()).map((request) => request.state)).toEqual(['published'])
  }, 300_000)
})
