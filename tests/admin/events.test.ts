import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { restClient } from '../support/restClient'
import { adminSave, demoPassword, documentId, startAdmin, type Admin, type AdminSession } from './harness'

/** An editor writes an event in the admin, picking its times and zone rather than typing them. */
describe('an event’s times in the admin', () => {
  let admin: Admin
  let session: AdminSession
  let page: Page
  let api: ReturnType<typeof restClient>
  let adminToken: string
  let id: string

  const stored = async (draft: boolean) =>
    (await api.get(`/api/events/${id}?depth=0${draft ? '&draft=true' : ''}`, adminToken)).body

  /**
   * Resolves once an autosave holding `value` in `field` has been answered. An
   * autosave sent before an edit and answered after the next one would put the
   * older value back into the form, so each picked value is saved before going on.
   */
  const autosaved = (field: string, value: string) =>
    page.waitForResponse(
      (response) =>
        new URL(response.url()).searchParams.get('autosave') === 'true' &&
        (response.request().postData() ?? '').includes(JSON.stringify({ [field]: value }).slice(1, -1)),
      { timeout: 30_000 },
    )

  /** Picks `option` in a select or relationship field, typing `search` to find it. */
  async function choose(field: string, search: string, option: string | RegExp) {
    await page.locator(`#field-${field} .rs__control`).click()
    await page.keyboard.type(search)
    await page.locator('.rs__option', { hasText: option }).first().click()
  }

  beforeAll(async () => {
    admin = await startAdmin()
    api = restClient(admin.cms.url)
    adminToken = await api.login('admin@hub.example', demoPassword)
    session = await admin.signIn('editor', 'events')
    page = session.page
  })
  afterAll(async () => {
    await session?.close()
    await admin?.close()
  })

  it('publishes an event whose start, end and zone were picked, stored as the contract wants', async () => {
    await page.goto(`${admin.cms.url}/admin/collections/events/create`)
    await page.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 60_000 })
    id = documentId(page)
    await page.locator('#field-title').fill('Evening workshop on contracts at sea')
    await page.locator('#field-summary').fill('What to read before signing on to a fishing boat.')
    const reviewBy = page.locator('#field-reviewBy input')
    await reviewBy.fill('2027-06-01')
    await reviewBy.press('Enter')
    const kind = autosaved('kind', 'workshop')
    await choose('kind', 'Work', 'Workshop')
    await kind

    const start = page.locator('#field-start')
    const end = page.locator('#field-end')
    await expect(start.getAttribute('type')).resolves.toBe('datetime-local')
    await expect(end.getAttribute('type')).resolves.toBe('datetime-local')
    // The field's own label and description stay with the picker.
    await page.locator('label[for="field-start"]', { hasText: /start/i }).waitFor()
    await page.getByText('Local time where it happens, in the zone beside it').waitFor()
    const startSaved = autosaved('start', '2027-02-12T19:00')
    await start.fill('2027-02-12T19:00')
    await startSaved
    const endSaved = autosaved('end', '2027-02-12T21:30')
    await end.fill('2027-02-12T21:30')
    await endSaved
    const zoneSaved = autosaved('timeZone', 'Asia/Bangkok')
    await choose('timeZone', 'Bangk', 'Asia/Bangkok')
    await zoneSaved

    await page.locator('#field-onlineUrl').fill('https://hub.example.org/meet/contracts')
    await page.locator('#field-hosts .rs__control').click()
    await page.locator('.rs__option').first().click()
    await page.locator('#field-languages button', { hasText: /^Add/ }).click()
    await page.locator('#field-languages__0__code').fill('th')
    await session.step('times picked')

    const published = adminSave(page, 'publish')
    await page.locator('#action-save').click()
    const reply = await published
    expect(reply.status(), await reply.text()).toBe(200)
    await expect(stored(false)).resolves.toMatchObject({
      _status: 'published',
      allDay: false,
      start: '2027-02-12T19:00',
      end: '2027-02-12T21:30',
      timeZone: 'Asia/Bangkok',
    })
    await page.reload()
    await expect(start.inputValue()).resolves.toBe('2027-02-12T19:00')
    await expect(page.locator('#field-timeZone .rs__single-value').innerText()).resolves.toBe('Asia/Bangkok')
  })

  it('offers a date picker for an all-day event, keeping the day and dropping the time', async () => {
    await page.locator('#field-allDay').check()
    const start = page.locator('#field-start')
    await expect.poll(() => start.getAttribute('type')).toBe('date')
    await expect(start.inputValue()).resolves.toBe('2027-02-12')
    await page.locator('#field-end').fill('2027-02-13')
    await session.step('all day')

    const saved = adminSave(page, 'draft')
    await page.keyboard.press('Control+s')
    expect((await saved).status()).toBe(200)
    await expect(stored(true)).resolves.toMatchObject({
      allDay: true,
      start: '2027-02-12',
      end: '2027-02-13',
      timeZone: 'Asia/Bangkok',
    })
  })
})
