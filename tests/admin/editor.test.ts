import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminSave, documentId, openLinkDrawer, startAdmin, type Admin, type AdminSession } from './harness'

/** An editor's and a translator's everyday work, through the admin only. */
describe('an editor’s day in the admin', () => {
  let admin: Admin

  beforeAll(async () => {
    admin = await startAdmin()
  })
  afterAll(async () => admin?.close())

  // Blocks in the body have title fields of their own, after the document's.
  const title = (page: Page) => page.locator('#field-title').first()
  const body = (page: Page) => page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
  const publishState = (page: Page) => page.locator('.publish-status').getAttribute('data-publish-state')

  describe('an editor', () => {
    let session: AdminSession
    let page: Page
    let guideUrl: string

    beforeAll(async () => {
      session = await admin.signIn('editor', 'editor')
      page = session.page
    })
    afterAll(async () => session?.close())

    it('writes a new guide, and autosave keeps it as a draft across a reload', async () => {
      await page.goto(`${admin.cms.url}/admin/collections/guides/create`)
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      guideUrl = page.url().split('?')[0]!
      await title(page).fill('Working abroad safely')
      await page.locator('#field-summary').fill('What to check before you sign a contract abroad.')
      const saved = adminSave(page, 'autosave')
      await body(page).click()
      await page.keyboard.type('Ask for a written contract in a language you read.')
      expect((await saved).status()).toBe(200)
      await session.step('autosaved draft')

      await page.reload()
      await expect(title(page).inputValue()).resolves.toBe('Working abroad safely')
      await expect(body(page).innerText()).resolves.toContain('Ask for a written contract')
      await expect(page.locator('#field-slug').inputValue()).resolves.toBe('working-abroad-safely')
      await session.step('draft found after reload')
    })

    it('saves a draft with Ctrl+S', async () => {
      await page.locator('#field-summary').fill('Check the contract, the employer and the recruiter.')
      const saved = adminSave(page, 'draft')
      await page.keyboard.press('Control+s')
      expect((await saved).status()).toBe(200)
      await page.reload()
      await expect(page.locator('#field-summary').inputValue()).resolves.toBe(
        'Check the contract, the employer and the recruiter.',
      )
      await session.step('saved with ctrl s')
    })

    it('publishes, and the edit view says the change is on its way to the site', async () => {
      const reviewBy = page.locator('#field-reviewBy input')
      await reviewBy.fill('2027-06-01')
      await reviewBy.press('Enter')
      const published = adminSave(page, 'publish')
      await page.locator('#action-save').click()
      expect((await published).status()).toBe(200)
      await expect.poll(() => publishState(page), { timeout: 30_000 }).toMatch(/^(queued|building|live)$/)
      await session.step('published')
    })

    it('unpublishes', async () => {
      await page.locator('.doc-controls__dots').click()
      await page.locator('#action-unpublish').click()
      const unpublished = adminSave(page, 'publish')
      await page.locator('#confirm-action').click()
      expect((await unpublished).status()).toBe(200)
      await expect.poll(() => publishState(page), { timeout: 30_000 }).toBe('notPublished')
      await session.step('unpublished')
    })

    it('duplicates the guide under a valid, unused slug', async () => {
      await page.goto(guideUrl)
      await page.locator('.doc-controls__dots').click()
      await page.locator('#action-duplicate').click()
      await page.waitForURL((url) => url.pathname !== new URL(guideUrl).pathname, { timeout: 30_000 })
      await expect(page.locator('#field-slug').inputValue()).resolves.toBe('working-abroad-safely-copy')
      await session.step('duplicated')
    })

    it('is told which paragraph’s link needs https://, and a refused publish publishes nothing', async () => {
      await page.goto(`${admin.cms.url}/admin/collections/guides/create`)
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      await title(page).fill('Help in the harbor')
      await page.locator('#field-summary').fill('Where seafarers find help.')
      const reviewBy = page.locator('#field-reviewBy input')
      await reviewBy.fill('2027-06-01')
      await reviewBy.press('Enter')
      await body(page).click()
      await page.keyboard.type('One.\nTwo.\nThree.\nAsk the Harbor Alliance')
      await openLinkDrawer(page, 'the Harbor Alliance')
      await page.locator('#field-url').fill('www.harbor-alliance.org')
      await session.step('link without https')
      // The body holds the link once the drawer has closed and autosave has sent it.
      const linked = adminSave(page, 'autosave')
      await page
        .locator('.drawer__content button[type="submit"], .drawer button', { hasText: /save/i })
        .first()
        .click()
      await page.locator('#field-url').waitFor({ state: 'detached' })
      expect((await linked).status()).toBe(200)
      const refused = adminSave(page, 'publish')
      await page.locator('#action-save').click()
      const reply = await refused
      expect(reply.status()).toBe(400)
      const told = "The link 'www.harbor-alliance.org' in paragraph 4"
      expect(JSON.stringify(await reply.json())).toContain(told)
      await page.getByText(told).first().waitFor({ timeout: 15_000 })
      await session.step('publish refused with the paragraph named')
      await page.reload()
      await expect.poll(() => publishState(page), { timeout: 30_000 }).toBe('notPublished')
    })

    it('leaves no empty document behind when a new form is left untouched', async () => {
      await page.goto(`${admin.cms.url}/admin/collections/guides/create`)
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      const untouched = documentId(page)
      await session.step('new form left untouched')
      const discarded = page.waitForResponse((response) =>
        response.url().endsWith(`/guides/${untouched}/discard-untouched`),
      )
      await page.locator('.step-nav a', { hasText: 'Guides' }).click()
      await expect((await discarded).json()).resolves.toEqual({ discarded: true })
      await page.reload()
      await page.locator('.table').waitFor()
      await expect(page.locator(`.table a[href$="/guides/${untouched}"]`).count()).resolves.toBe(0)
      await expect(page.locator('.table', { hasText: 'Working abroad safely' }).count()).resolves.toBe(1)
      await session.step('list without the untouched draft')
      await page.goto(guideUrl)
      await expect(title(page).inputValue()).resolves.toBe('Working abroad safely')
    })
  })

  describe('an editor using the admin in Spanish', () => {
    let session: AdminSession
    let page: Page

    beforeAll(async () => {
      session = await admin.signIn('editor', 'admin-language')
      page = session.page
    })
    afterAll(async () => session?.close())

    it('writes a new document in the content locale being edited, not the admin language', async () => {
      await page.goto(`${admin.cms.url}/admin/account`)
      await page.locator('.payload-settings__language .rs__control').click()
      await page.locator('.payload-settings__language .rs__option', { hasText: 'Español' }).click()
      // Payload re-renders the admin in the chosen language (`<html lang>`) without a reload.
      await page.locator('html[lang="es"]').waitFor({ state: 'attached', timeout: 30_000 })
      await page.getByText('Configuración de Payload').waitFor()
      await session.step('admin in spanish')
      await page.goto(`${admin.cms.url}/admin/collections/guides/create`)
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      const guide = documentId(page)
      const saved = adminSave(page, 'autosave')
      await title(page).fill('Written with a Spanish admin')
      expect(new URL((await saved).url()).searchParams.get('locale')).toBe('en')
      await session.step('new guide in english content')
      await page.goto(`${admin.cms.url}/admin/collections/guides/${guide}?locale=es`)
      await expect(title(page).inputValue()).resolves.toBe('')
      await page.goto(`${admin.cms.url}/admin/collections/guides/${guide}?locale=en`)
      await expect(title(page).inputValue()).resolves.toBe('Written with a Spanish admin')
    })
  })

  describe('a translator', () => {
    let session: AdminSession
    let page: Page

    beforeAll(async () => {
      session = await admin.signIn('translator', 'translator')
      page = session.page
    })
    afterAll(async () => session?.close())

    it('translates a guide into Spanish with autosave alone and finds the work after a reload', async () => {
      await page.goto(`${admin.cms.url}/admin/collections/guides?locale=es`)
      await page.getByRole('link', { name: 'Cómo hacer voluntariado de forma segura y útil' }).click()
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      await expect(title(page).inputValue()).resolves.toBe('Cómo hacer voluntariado de forma segura y útil')
      const saved = adminSave(page, 'autosave')
      await title(page).fill('Guía traducida por el equipo')
      expect((await saved).status()).toBe(200)
      await session.step('spanish autosaved')
      await page.reload()
      await expect(title(page).inputValue()).resolves.toBe('Guía traducida por el equipo')
      await session.step('spanish found after reload')
    })

    it('has no Publish button', async () => {
      await expect(page.locator('#action-save').count()).resolves.toBe(0)
    })

    it('translates a guide into Arabic, written right to left, with autosave alone', async () => {
      await page.goto(`${admin.cms.url}/admin/collections/guides?locale=en`)
      await page.getByRole('link', { name: 'Know your rights at work' }).click()
      await page.waitForURL(/\/admin\/collections\/guides\/\d+/, { timeout: 60_000 })
      await page.goto(`${page.url().split('?')[0]}?locale=ar`)
      await expect(title(page).inputValue()).resolves.toBe('')
      await expect(title(page).evaluate((input) => getComputedStyle(input).direction)).resolves.toBe('rtl')
      const summary = page.locator('#field-summary')
      await expect(summary.evaluate((input) => getComputedStyle(input).direction)).resolves.toBe('rtl')
      // Autosave may send the two fields apart: wait for the save that carries the last one.
      const saved = page.waitForResponse(
        (response) =>
          new URL(response.url()).searchParams.get('autosave') === 'true' &&
          (response.request().postData() ?? '').includes('وأين تجد المساعدة'),
        { timeout: 30_000 },
      )
      await title(page).fill('اعرف حقوقك في العمل')
      await summary.fill('ما يجوز لصاحب العمل وما لا يجوز له، وأين تجد المساعدة.')
      expect((await saved).status()).toBe(200)
      await session.step('arabic autosaved')
      await expect(page.locator('#action-save').count()).resolves.toBe(0)
      await page.reload()
      await expect(title(page).inputValue()).resolves.toBe('اعرف حقوقك في العمل')
      await expect(summary.inputValue()).resolves.toBe(
        'ما يجوز لصاحب العمل وما لا يجوز له، وأين تجد المساعدة.',
      )
      await page.goto(`${page.url().split('?')[0]}?locale=en`)
      await expect(title(page).inputValue()).resolves.toBe('Know your rights at work')
      await session.step('arabic found after reload')
    })
  })
})
