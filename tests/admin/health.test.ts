import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient } from '../support/restClient'
import { startAdmin, type Admin } from './harness'

type Doc = { id: number; title: string; organization: number | { id: number } }

/** The content health dashboard each role meets after signing in, in Chromium. */
describe('the content health dashboard', () => {
  let admin: Admin
  let ours: Doc
  let theirs: Doc

  beforeAll(async () => {
    admin = await startAdmin()
    const api = restClient(admin.cms.url)
    const token = await api.login('admin@hub.example', 'coalition-demo-2026')
    const { body: me } = await api.get(
      '/api/users/me',
      await api.login('editor@hub.example', 'coalition-demo-2026'),
    )
    const editorsOrganization = (me as { user: { organization: number | { id: number } } }).user.organization
    const organizationId =
      typeof editorsOrganization === 'object' ? editorsOrganization.id : editorsOrganization
    const { body } = await api.get('/api/guides?depth=0&limit=100', token)
    const guides = (body as { docs: Doc[] }).docs
    ours = guides.find((guide) => guide.organization === organizationId)!
    theirs = guides.find((guide) => guide.organization !== organizationId)!
    // Setting up what the dashboard is for: two guides whose review date has passed.
    for (const guide of [ours, theirs]) {
      const reply = await api.patch(`/api/guides/${guide.id}`, { reviewBy: '2026-01-15' }, token)
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    }
  })
  afterAll(async () => admin?.close())

  it('shows an editor their organization’s overdue guide first thing, and opens it', async () => {
    const { page, step, close } = await admin.signIn('editor', 'health')
    try {
      const overdue = page.locator('.content-health li[data-collection="guides"]', { hasText: ours.title })
      await overdue.first().waitFor({ timeout: 30_000 })
      await expect(overdue.first().innerText()).resolves.toContain('2026-01-15')
      await expect(page.locator('.content-health li', { hasText: theirs.title }).count()).resolves.toBe(0)
      await expect(page.locator('.content-health__organizations').count()).resolves.toBe(0)
      await step('editor dashboard')
      await overdue.first().locator('a').click()
      await page.waitForURL(new RegExp(`/admin/collections/guides/${ours.id}$`), { timeout: 30_000 })
      await expect(page.locator('#field-title').first().inputValue()).resolves.toBe(ours.title)
    } finally {
      await close()
    }
  }, 180_000)

  it('shows an editor a broken link with where it appears, saying the demo result is not a real check', async () => {
    const { page, step, close } = await admin.signIn('editor', 'health-broken-link')
    try {
      const link = page.locator(
        '#content-health-broken-links + ul li[data-url="https://harbor-alliance.example.org/give"]',
      )
      await link.waitFor({ timeout: 30_000 })
      await expect(link.innerText()).resolves.toContain('not by a check')
      const appearsIn = link.getByRole('link', { name: 'Harbor Alliance shelter: winter needs' })
      await expect(appearsIn.getAttribute('href')).resolves.toMatch(
        /^\/admin\/collections\/donation-lists\/\d+/,
      )
      await step('broken link on the dashboard')
      await appearsIn.click()
      await page.waitForURL(/\/admin\/collections\/donation-lists\/\d+/, { timeout: 30_000 })
      await expect(page.locator('#field-title').first().inputValue()).resolves.toBe(
        'Harbor Alliance shelter: winter needs',
      )
    } finally {
      await close()
    }
  }, 180_000)

  it('lists guides with their review state and which languages are complete', async () => {
    const { page, step, close } = await admin.signIn('editor', 'health-list-columns')
    try {
      await page.goto(`${admin.cms.url}/admin/collections/guides`)
      const row = page.locator('tbody tr', { hasText: ours.title })
      await row.waitFor({ timeout: 30_000 })
      await expect(row.locator('.review-by-cell').getAttribute('data-review-due')).resolves.toBe('overdue')
      await expect(row.locator('.review-by-cell').innerText()).resolves.toContain('2026-01-15')
      const languages = row.locator('.translations-cell abbr')
      await expect(
        languages.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-locale'))),
      ).resolves.toEqual(['es', 'fr', 'ar', 'th'])
      // The demo content is in Spanish throughout.
      await expect(
        row.locator('.translations-cell abbr[data-locale="es"]').getAttribute('data-complete'),
      ).resolves.toBe('true')
      await step('guides list with review and translations columns')
    } finally {
      await close()
    }
  }, 180_000)

  it('shows an admin the whole coalition, counted per organization', async () => {
    const { page, step, close } = await admin.signIn('admin', 'health-admin')
    try {
      await page.locator('.content-health__organizations').waitFor({ timeout: 30_000 })
      for (const guide of [ours, theirs]) {
        await expect(
          page.locator('#content-health-overdue + ul li', { hasText: guide.title }).count(),
        ).resolves.toBe(1)
      }
      await step('admin dashboard')
    } finally {
      await close()
    }
  }, 180_000)

  it('shows a translator what is left to translate, linked in that language, and no review lists', async () => {
    const { page, step, close } = await admin.signIn('translator', 'health-translator')
    try {
      const thai = page.locator('#content-health-th')
      await thai.waitFor({ timeout: 30_000 })
      await expect(page.locator('#content-health-overdue').count()).resolves.toBe(0)
      await thai.locator('summary').click()
      const links = await thai
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
      expect(links.length).toBeGreaterThan(0)
      for (const href of links) expect(href).toMatch(/^\/admin\/collections\/[a-z-]+\/\d+\?locale=th$/)
      await step('translator dashboard')
    } finally {
      await close()
    }
  }, 180_000)
})
