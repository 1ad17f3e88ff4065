import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Browser, Page, Response } from 'playwright-core'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { launchChromium } from '../support/browser'

/** The demo accounts `pnpm seed` creates; the README lists them. */
export const demoLogins = {
  admin: 'admin@hub.example',
  editor: 'editor@hub.example',
  translator: 'translator@hub.example',
  coordinator: 'coordinator@hub.example',
} as const
export const demoPassword = 'coalition-demo-2026'
export type Role = keyof typeof demoLogins

const artifactsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.artifacts', 'admin')

export type AdminSession = {
  page: Page
  /** Saves a screenshot of the page as `tests/.artifacts/admin/<suite>/<nn>-<name>.png`. */
  step: (name: string) => Promise<void>
  close: () => Promise<void>
}

export type Admin = {
  cms: CmsServer
  /** A new browser context signed in through the login form, as `role`. */
  signIn: (role: Role, suite: string) => Promise<AdminSession>
  close: () => Promise<void>
}

/** Signs `page` in to the admin through its login form as a demo account; `beforeSubmit` runs with the form filled. */
export async function signInAs(
  page: Page,
  cmsUrl: string,
  role: Role,
  beforeSubmit: () => Promise<void> = async () => {},
): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', demoLogins[role])
  await page.fill('input[name="password"]', demoPassword)
  await beforeSubmit()
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
}

/** The CMS with the demo content and a Chromium to drive its admin, as people use it; `env` adds to the CMS's. */
export async function startAdmin(env: Record<string, string> = {}): Promise<Admin> {
  const cms = await startCmsServer({ seed: true, env })
  let browser: Browser
  try {
    browser = await launchChromium()
  } catch (error) {
    await cms.stop()
    throw error
  }
  return {
    cms,
    signIn: async (role, suite) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      const dir = path.join(artifactsRoot, suite)
      await rm(dir, { recursive: true, force: true })
      await mkdir(dir, { recursive: true })
      let count = 0
      const step = async (name: string) => {
        count += 1
        const file = `${String(count).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`
        await page.screenshot({ path: path.join(dir, file), fullPage: true })
      }
      await signInAs(page, cms.url, role, () => step(`${role} signs in`))
      return { page, step, close: () => context.close() }
    },
    close: async () => {
      await browser.close()
      await cms.stop()
    },
  }
}

/**
 * The admin's own save of the open document (autosave, Save draft, Publish, Unpublish), once it has
 * answered; with `sending`, only a save whose request body matches it.
 */
export function adminSave(
  page: Page,
  kind: 'autosave' | 'draft' | 'publish',
  sending?: RegExp,
): Promise<Response> {
  return page.waitForResponse(
    (response) => {
      const url = new URL(response.url())
      const request = response.request()
      if (!url.pathname.startsWith('/api/') || !['PATCH', 'POST'].includes(request.method())) return false
      if (url.pathname.endsWith('/discard-untouched')) return false
      if (sending && !sending.test(request.postData() ?? '')) return false
      const autosave = url.searchParams.get('autosave') === 'true'
      const draft = url.searchParams.get('draft') === 'true'
      if (kind === 'autosave') return autosave
      if (kind === 'draft') return draft && !autosave
      return !draft && !autosave
    },
    { timeout: 30_000 },
  )
}

/** The id in an edit view's address, `/admin/collections/<collection>/<id>`. */
export function documentId(page: Page): string {
  const id = new URL(page.url()).pathname.split('/').pop()
  if (!id || id === 'create') throw new Error(`Not on a saved document's edit view: ${page.url()}`)
  return id
}

/**
 * Selects the last `text.length` characters typed in the rich-text body and opens the link drawer on them.
 * An autosave landing while the keys are pressed re-renders the editor and drops the selection, so a
 * selection that is not exactly `text`, or a drawer that does not open, is tried again a bounded number of times.
 */
export async function openLinkDrawer(page: Page, text: string): Promise<void> {
  const url = page.locator('#field-url')
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await page.keyboard.press('Control+End')
    for (let i = 0; i < text.length; i += 1) await page.keyboard.press('Shift+ArrowLeft')
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
    if (selected === text) {
      await page.locator('.toolbar-popup__button-link').first().click()
      const opened = await url.waitFor({ state: 'visible', timeout: 10_000 }).then(
        () => true,
        () => false,
      )
      if (opened) return
    }
    await page.keyboard.press('Escape')
    await page.locator('.rich-text-lexical [data-lexical-editor="true"]').first().focus()
  }
  throw new Error(`The link drawer did not open on the text '${text}' after 4 tries.`)
}
