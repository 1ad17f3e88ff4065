import type { AddressInfo } from 'node:net'

import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { getPayload, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hubConfig } from '../payload.config'
import { createTestDatabase, type TestDatabase } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { digestQueue } from './sendDigestsTask'

// The scheduled task reads the clock, so the documents are dated from today.
const dayMs = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * dayMs).toISOString()
const day = (days: number) => daysFromNow(days).slice(0, 10)

/** A real SMTP server on loopback that keeps what it is given. */
async function startMailServer() {
  const delivered: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          delivered.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    delivered,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((entry) => entry.value.map((v) => v.address))

describe('the weekly digest', () => {
  let mail: Awaited<ReturnType<typeof startMailServer>>
  let database: TestDatabase
  let payload: Payload

  beforeAll(async () => {
    mail = await startMailServer()
    database = await createTestDatabase('sqlite')
    payload = await getPayload({
      config: hubConfig({
        databaseUri: database.uri,
        mediaDir: database.mediaDir,
        autoRunJobs: false,
        smtpUrl: mail.url,
      }),
      key: database.uri,
    })
    const busy = (await createOrganization(payload, 'digest-busy')).id
    const quiet = (await createOrganization(payload, 'digest-quiet')).id
    await createUser(payload, 'editor', 'b-editor@busy.example', busy)
    await createUser(payload, 'editor', 'a-editor@busy.example', busy)
    await createUser(payload, 'editor', 'editor@quiet.example', quiet)
    await createUser(payload, 'admin', 'admin@digest.example')
    await createUser(payload, 'translator', 'translator@digest.example')
    const create = (organization: number, slug: string, overrides: Record<string, unknown>) =>
      payload.create({
        collection: 'guides',
        data: guideData(organization, { slug, title: slug, reviewBy: day(200), ...overrides }),
        overrideAccess: true,
      })
    const overdue = await create(busy, 'busy-overdue', { reviewBy: day(-30) })
    await create(busy, 'busy-due-soon', { reviewBy: day(14) })
    await create(quiet, 'quiet-fine', {})
    await payload.create({
      collection: 'donation-lists',
      data: guideData(busy, {
        slug: 'busy-blankets',
        title: 'busy-blankets',
        body: undefined,
        lastVerified: day(-200),
        items: [{ name: 'Blankets', category: 'household', priority: 'normal' }],
        howToDonate: 'Bring them to the office.',
      }) as never,
      overrideAccess: true,
    })
    // A coalition-wide hotline never verified: on every dashboard, in nobody's digest.
    await payload.create({
      collection: 'hotlines',
      data: { slug: 'line', name: 'Line', phone: '+1 555 0100', hours: '24 hours', reviewBy: day(200) },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'link-checks',
      data: {
        url: 'https://gone.example/page',
        state: 'broken',
        reason: 'HTTP 404',
        checkedAt: daysFromNow(-1),
        appearsIn: [{ collection: 'guides', id: overdue.id }],
      },
      overrideAccess: true,
    })
    const build = (triggeredBy: string, startedAt: string) =>
      payload.create({
        collection: 'site-builds',
        data: {
          status: 'failed',
          reason: 'Published a guide',
          triggeredBy,
          startedAt,
          error: 'Astro failed: bad image',
        },
        overrideAccess: true,
      })
    await build('a-editor@busy.example', daysFromNow(-2))
    // Older than a week, and an admin's (no organization's): neither is in the digest.
    await build('a-editor@busy.example', daysFromNow(-20))
    await build('admin@digest.example', daysFromNow(-1))
  })
  afterAll(async () => {
    await payload?.destroy()
    await mail?.close()
    await database?.drop()
  })

  it('mails each organization with something to report, its editors only, from the scheduled task', async () => {
    await payload.jobs.queue({ task: 'sendDigests', input: {}, queue: digestQueue })
    await payload.jobs.run({ queue: digestQueue })
    expect(mail.delivered).toHaveLength(1)
    const [message] = mail.delivered
    expect(addresses(message!.to).sort()).toEqual(['a-editor@busy.example', 'b-editor@busy.example'])
    expect(addresses(message!.cc)).toEqual([])
    expect(addresses(message!.bcc)).toEqual([])
    expect(message!.subject).toBe("This week's content health: Organization digest-busy")
  })

  it('says what is overdue, due soon, stale, broken and failed, with links to the documents', () => {
    const text = mail.delivered[0]!.text!
    expect(text).toContain(`Past their review date (1)\n- busy-overdue (Guide, review by ${day(-30)})`)
    expect(text).toMatch(/Review due in the next 30 days \(1\)\n- busy-due-soon/)
    expect(text).toContain(
      `Not verified for too long (1)\n- busy-blankets (Donation list, last verified ${day(-200)})`,
    )
    expect(text).toContain('https://gone.example/page (HTTP 404) in busy-overdue')
    expect(text).toMatch(
      /Site builds that failed this week \(1\)\n- [\d-]+ [\d:]+ Published a guide \(by a-editor@busy\.example\)/,
    )
    expect(text).toContain('Astro failed: bad image')
    expect(text).toMatch(/\/admin\/collections\/guides\/\d+/)
    expect(text).not.toContain('quiet-fine')
    expect(text).not.toContain('Line')
  })
})
