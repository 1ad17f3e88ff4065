import { readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient } from '../support/restClient'
import { demoPassword, startAdmin, type Admin } from './harness'

type Doc = { id: number; title: string }

/** A CAT tool's work, done by a program: every text run of every source marked, inline codes kept. */
function translateAll(xml: string): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>/g, (_, inner: string) => {
    const translated = inner.replace(
      /(^|>)([^<]+)/g,
      (_match, before: string, text: string) => `${before}TH ${text}`,
    )
    return `<source>${inner}</source><target state="translated">${translated}</target>`
  })
}

/** A translator exports a guide for a CAT tool and imports the translation back, in Chromium. */
describe('the translation exchange in the admin', () => {
  let admin: Admin
  let token: string
  let guide: Doc
  const api = () => restClient(admin.cms.url)

  beforeAll(async () => {
    admin = await startAdmin()
    token = await api().login('admin@hub.example', demoPassword)
    guide = (await api().get('/api/guides?depth=0&limit=1&sort=id', token)).body.docs[0]
  })
  afterAll(async () => admin?.close())

  it('exports a guide to XLIFF and imports the translated file as a Thai draft', async () => {
    const { page, step, close } = await admin.signIn('translator', 'xliff')
    try {
      await page.goto(`${admin.cms.url}/admin/collections/guides/${guide.id}`)
      const exchange = page.locator('.translation-exchange')
      await exchange.waitFor({ timeout: 60_000 })
      // Chosen again until the hydrated form takes it: a choice made before hydration is lost.
      const exportLink = exchange.getByRole('link', { name: 'Export for translation' })
      await expect
        .poll(
          async () => {
            await exchange.locator('select').selectOption('th')
            return exportLink.getAttribute('href')
          },
          { timeout: 30_000 },
        )
        .toContain('locale=th')
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        exportLink.click(),
      ])
      expect(download.suggestedFilename()).toBe(`guides-${guide.id}.th.xlf`)
      const exported = await readFile((await download.path())!, 'utf8')
      expect(exported).toContain('target-language="th"')
      await step('exported')
      await exchange.locator('input[type="file"]').setInputFiles({
        name: `guides-${guide.id}.th.xlf`,
        mimeType: 'application/x-xliff+xml',
        buffer: Buffer.from(translateAll(exported)),
      })
      await exchange.getByText(/texts saved as a draft/).waitFor({ timeout: 30_000 })
      await step('imported')
      const draft = await api().get(`/api/guides/${guide.id}?locale=th&draft=true&depth=0`, token)
      expect(draft.body.title).toBe(`TH ${guide.title}`)
      const live = await api().get(`/api/guides/${guide.id}?locale=th&depth=0&fallback-locale=none`, token)
      expect(live.body.title).not.toBe(`TH ${guide.title}`)

      await page.goto(`${admin.cms.url}/admin`)
      // In the translation progress table, for each language not fully translated.
      const missing = page.locator('[data-xliff-export-missing]').first()
      await missing.waitFor({ timeout: 30_000 })
      const locale = await missing.getAttribute('data-xliff-export-missing')
      const [everything] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        missing.click(),
      ])
      expect(everything.suggestedFilename()).toBe(`missing-translations.${locale}.xlf`)
      expect(await readFile((await everything.path())!, 'utf8')).toContain(`target-language="${locale}"`)
    } finally {
      await close()
    }
  }, 240_000)
})
