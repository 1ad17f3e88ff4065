import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveStatic } from '@hub/scripts/static-server'

import { restClient } from '../support/restClient'
import { siteBuildDir } from '../support/siteBuild'
import { zipEntries } from '../support/zipEntries'
import { adminSave, startAdmin, type Admin, type AdminSession } from './harness'

const MARKER = 'zqkit5521'
const questions = [
  `Which signs of forced labour did the film show before anyone named them ${MARKER}?`,
  'Who in our town could a fisher call for help, and how would he find the number?',
]
// An existing, published list of another member organization, linked to the new kit.
const donationList = 'Kits for fishers returning home'
const donationItems = ['Backpacks', 'Basic mobile phones with chargers', 'Sandals']

/**
 * A screening kit made in the admin from a question set written there and an
 * existing donation list, published, built, and downloaded from its page on
 * the served site at phone width. The API only runs the queued site build as
 * the CMS would.
 */
describe('a kit from the admin to its download', () => {
  let admin: Admin
  let work: string
  let site: Server
  let siteUrl: string
  let api: ReturnType<typeof restClient>
  let adminToken: string
  let session: AdminSession
  let page: Page
  let kitUrl: string
  let zip: Buffer

  const live = () => path.join(work, 'site', 'dist')
  const publishState = () => page.locator('.publish-status').getAttribute('data-publish-state')

  const runQueuedBuild = async () => {
    const reply = await api.get('/api/payload-jobs/run?queue=site&limit=1', adminToken)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  }

  /** The shared fields of every resource: title, summary and the date to review it by. */
  async function describeResource(title: string, summary: string) {
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill(summary)
    const reviewBy = page.locator('#field-reviewBy input')
    await reviewBy.fill('2027-06-01')
    await reviewBy.press('Enter')
  }

  /** Picks `option` in a relationship or select field, typing `search` to find it. */
  async function choose(field: string, search: string, option: string) {
    await page.locator(`#field-${field} .rs__control`).click()
    await page.keyboard.type(search)
    await page.locator('.rs__option', { hasText: option }).first().click()
  }

  /** Publish, as the editor clicks it; resolves once the CMS has stored it. */
  async function publish() {
    const published = adminSave(page, 'publish')
    await page.locator('#action-save').click()
    const reply = await published
    expect(reply.status(), await reply.text()).toBe(200)
  }

  /** pdftotext of one PDF, laid out as poppler reads it. */
  async function pdfText(pdf: Buffer): Promise<string> {
    const file = path.join(work, `extract-${Math.random().toString(36).slice(2)}.pdf`)
    await writeFile(file, pdf)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' })
  }

  beforeAll(async () => {
    work = await siteBuildDir('kit')
    site = await serveStatic(live(), { host: '127.0.0.1', port: 0 })
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    admin = await startAdmin({
      HUB_SITE_URL: siteUrl,
      HUB_PUBLISH_DIR: path.join(work, 'site'),
      HUB_SNAPSHOT_DIR: await mkdtemp(path.join(work, 'snapshot-')),
    })
    api = restClient(admin.cms.url)
    adminToken = await api.login('admin@hub.example', 'coalition-demo-2026')
    await runQueuedBuild()
    session = await admin.signIn('editor', 'kit')
    page = session.page
  }, 900_000)

  afterAll(async () => {
    await session?.close()
    await admin?.close()
    await new Promise((resolve) => site?.close(resolve))
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('writes a panel question set with two questions and publishes it', async () => {
    await page.goto(`${admin.cms.url}/admin/collections/panel-question-sets/create`)
    await page.waitForURL(/\/admin\/collections\/panel-question-sets\/\d+/, { timeout: 60_000 })
    await describeResource(
      `Panel questions: fishing fleets ${MARKER}`,
      'Questions for a panel after a film about forced labour at sea.',
    )
    await page.locator('#field-intro').fill('Ask these after the credits, while the film is fresh.')
    await page.locator('#field-recommendedLengthMinutes').fill('40')
    for (const [index, question] of questions.entries()) {
      await page.locator('#field-questions button', { hasText: /^Add Question$/ }).click()
      await page.locator(`#field-questions__${index}__question`).fill(question)
    }
    await session.step('question set written')
    await publish()
    await page.reload()
    await expect(page.locator('#field-questions__1__question').inputValue()).resolves.toBe(questions[1])
    await session.step('question set published')
  }, 300_000)

  it('makes a kit linking the new question set and an existing donation list, and publishes it', async () => {
    await page.goto(`${admin.cms.url}/admin/collections/screening-kits/create`)
    await page.waitForURL(/\/admin\/collections\/screening-kits\/\d+/, { timeout: 60_000 })
    kitUrl = page.url().split('?')[0]!
    await describeResource(
      `Screening kit: The Fleet ${MARKER}`,
      'Host a screening of The Fleet with a panel of fishers and advocates.',
    )
    await page.locator('#field-film__title').fill('The Fleet')
    await page.locator('#field-film__year').fill('2019')
    await page.locator('#field-film__runtimeMinutes').fill('88')
    await choose('film__ageGuidance', '15', '15 and over')
    await page.locator('#field-film__synopsis').fill('Fishers held at sea for years tell how they got home.')
    await page
      .locator('#field-film__licenceNote')
      .fill('Ask the distributor for a community screening licence.')

    await page.locator('.tabs-field__tab-button', { hasText: 'Event' }).click()
    await page.locator('.rich-text-lexical [data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Welcome everyone and say where the exits are before the film starts.')
    await choose('panelQuestionSet', MARKER, MARKER)

    await page.locator('.tabs-field__tab-button', { hasText: 'Resources' }).click()
    await choose('donationList', 'fishers returning', donationList)
    await session.step('kit written')

    await publish()
    await expect.poll(() => publishState(), { timeout: 30_000 }).toMatch(/^(queued|building)$/)
    await session.step('kit published, build queued')
  }, 300_000)

  it('says the kit is live once the queued site build has run', async () => {
    await runQueuedBuild()
    await page.goto(kitUrl)
    await expect.poll(() => publishState(), { timeout: 60_000 }).toBe('live')
    await expect(page.locator('.kit-omissions').count()).resolves.toBe(0)
    await session.step('kit live')
  }, 900_000)

  it('offers the kit’s ZIP on its page at phone width, and the download holds the questions and the donations', async () => {
    const href = (await page.locator('.publish-status a').first().getAttribute('href'))!
    expect(href.startsWith(`${siteUrl}/en/screening-kits/`)).toBe(true)
    await page.setViewportSize({ width: 360, height: 780 })
    const reply = await page.goto(href)
    expect(reply?.status()).toBe(200)
    const link = page.locator('.kit-download a.download')
    await link.scrollIntoViewIfNeeded()
    await expect(link.isVisible()).resolves.toBe(true)
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360)
    await session.step('kit page at 360 px')

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const slug = href.split('/').filter(Boolean).pop()!
    expect(download.suggestedFilename()).toBe(`${slug}-en.zip`)
    zip = await readFile((await download.path())!)
    await page.setViewportSize({ width: 1280, height: 900 })

    const entries = await zipEntries(zip)
    const folder = `${slug}-en`
    expect([...entries.keys()].sort()).toEqual(
      ['README.txt', 'donation-drive.pdf', 'facilitator-guide.pdf', 'panel-questions.pdf', 'poster.pdf'].map(
        (name) => `${folder}/${name}`,
      ),
    )
    const flat = (text: string) => text.replace(/\s+/g, ' ')
    const guide = flat(await pdfText(entries.get(`${folder}/facilitator-guide.pdf`)!))
    expect(guide).toContain('Welcome everyone and say where the exits are before the film starts.')
    const panel = flat(await pdfText(entries.get(`${folder}/panel-questions.pdf`)!))
    for (const question of questions) expect(panel).toContain(question)
    const donations = flat(await pdfText(entries.get(`${folder}/donation-drive.pdf`)!))
    expect(donations).toContain(donationList)
    for (const item of donationItems) expect(donations).toContain(item)
  }, 180_000)
})
