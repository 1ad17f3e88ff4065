import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient } from '../support/restClient'
import { demoPassword, startAdmin, type Admin } from './harness'

type List = { id: number; title: string; organization: number | { id: number }; _status: string }

/** "Mark as verified" on a donation list, as an editor does it in Chromium. */
describe('mark as verified', () => {
  let admin: Admin
  let api: ReturnType<typeof restClient>
  let token: string
  let list: List
  const today = new Date().toISOString().slice(0, 10)
  const versions = async () =>
    (
      await api.get(
        `/api/donation-lists/versions?where[parent][equals]=${list.id}&sort=-createdAt&limit=1&depth=0`,
        token,
      )
    ).body as { totalDocs: number; docs: { id: number }[] }

  beforeAll(async () => {
    admin = await startAdmin()
    api = restClient(admin.cms.url)
    token = await api.login('admin@hub.example', demoPassword)
    const { body: me } = await api.get('/api/users/me', await api.login('editor@hub.example', demoPassword))
    const organization = (me as { user: { organization: number | { id: number } } }).user.organization
    const organizationId = typeof organization === 'object' ? organization.id : organization
    const { body } = await api.get('/api/donation-lists?depth=0&limit=100', token)
    list = (body as { docs: List[] }).docs.find((doc) => doc.organization === organizationId)!
    // What the button is for: a list last confirmed with its provider long ago.
    const reply = await api.patch(
      `/api/donation-lists/${list.id}`,
      { lastVerified: '2025-01-10', _status: 'published' },
      token,
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  })
  afterAll(async () => admin?.close())

  it('lets an editor verify a stale donation list: new date, a new version, off the dashboard', async () => {
    const { page, step, close } = await admin.signIn('editor', 'verify')
    try {
      const stale = page.locator(
        `#content-health-stale-verification + ul li[data-collection="donation-lists"][data-id="${list.id}"]`,
      )
      await stale.waitFor({ timeout: 30_000 })
      await expect(stale.innerText()).resolves.toContain('2025-01-10')
      // No mail server in the tests: the weekly digest is on the dashboard instead, listing the same list.
      const digest = page.locator('#content-health-digest details')
      await digest.locator('summary').click()
      await expect(digest.locator('pre').innerText()).resolves.toContain(
        `${list.title} (Donation list, last verified 2025-01-10)`,
      )
      await step('stale on the dashboard')

      const before = await versions()
      await stale.locator('a').click()
      await page.waitForURL(new RegExp(`/admin/collections/donation-lists/${list.id}$`), { timeout: 30_000 })
      const button = page.getByRole('button', { name: 'Mark as verified' })
      await button.waitFor({ timeout: 30_000 })
      const [answer] = await Promise.all([
        page.waitForResponse((response) => response.url().endsWith(`/${list.id}/mark-verified`), {
          timeout: 30_000,
        }),
        button.click(),
      ])
      expect(answer.status()).toBe(200)
      await page.waitForLoadState('load')
      await page.getByRole('button', { name: 'Mark as verified' }).waitFor({ timeout: 30_000 })
      // The reloaded form fills its date fields once it has hydrated.
      await expect
        .poll(
          () =>
            page
              .locator('.date-time-field input')
              .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
          { timeout: 30_000 },
        )
        .toContain(today)
      await step('verified today')

      const after = await versions()
      expect(after.totalDocs).toBe(before.totalDocs + 1)
      const live = (await api.get(`/api/donation-lists/${list.id}?depth=0`)).body as { lastVerified: string }
      expect(live.lastVerified.slice(0, 10)).toBe(today)

      await page.goto(`${admin.cms.url}/admin/collections/donation-lists/${list.id}/versions`)
      const newest = page.locator(`a[href*="/versions/${after.docs[0]!.id}"]`)
      await newest.first().waitFor({ timeout: 30_000 })
      await step('the new version in its history')

      await page.goto(`${admin.cms.url}/admin`)
      await page.locator('#content-health-stale-verification').waitFor({ timeout: 30_000 })
      await expect(stale.count()).resolves.toBe(0)
      await step('off the dashboard')
    } finally {
      await close()
    }
  }, 240_000)
})
