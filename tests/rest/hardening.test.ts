import { readdir, readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { restClient } from '../support/restClient'

const password = 'hardening-password-1'

describe('the running CMS against abuse of its HTTP surface', () => {
  let cms: CmsServer
  let api: ReturnType<typeof restClient>

  beforeAll(async () => {
    cms = await startCmsServer()
    api = restClient(cms.url)
    const first = await api.post('/api/users/first-register', {
      email: 'admin@hardening.example',
      password,
      role: 'admin',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
  })
  afterAll(async () => cms?.stop())

  describe('browser security headers', () => {
    it('are sent with the admin and the API', async () => {
      for (const path of ['/admin/login', '/api/guides']) {
        const response = await fetch(`${cms.url}${path}`)
        const csp = response.headers.get('content-security-policy') ?? ''
        expect(csp, path).toContain("frame-ancestors 'none'")
        expect(csp, path).toContain("default-src 'self'")
        expect(csp, path).toContain("object-src 'none'")
        expect(response.headers.get('x-frame-options'), path).toBe('DENY')
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
        expect(response.headers.get('referrer-policy'), path).toBe('same-origin')
        // Served over http here: HSTS would be wrong.
        expect(response.headers.get('strict-transport-security'), path).toBeNull()
      }
    })

    it('include HSTS when the CMS is served over https', async () => {
      const https = await startCmsServer({ env: { SERVER_URL: 'https://hub.example' } })
      try {
        const response = await fetch(`${https.url}/admin/login`)
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
      } finally {
        await https.stop()
      }
    })
  })

  describe('request bodies', () => {
    const total = 100 * 1024 * 1024
    /** 100 MB of JSON-ish bytes, made as they are sent. */
    const hugeBody = () => {
      let sent = 0
      const chunk = new Uint8Array(256 * 1024).fill(0x20)
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= total) return controller.close()
          sent += chunk.byteLength
          controller.enqueue(chunk)
        },
      })
    }
    /** The peak resident memory of the CMS's processes together, in bytes (Linux /proc). */
    const peakMemory = async () => {
      let bytes = 0
      for (const pid of await readdir('/proc')) {
        if (!/^\d+$/.test(pid)) continue
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
        const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
        if (group !== cms.processGroup) continue
        bytes += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
      }
      return bytes
    }

    it('refuses a 100 MB JSON body with 413, and the CMS does not grow with it', async () => {
      // Load both routes first: their first use, not the body, would show in the peak.
      await api.post('/api/guides', {})
      await api.graphql('{ Guides { totalDocs } }')
      const before = await peakMemory()
      expect(before).toBeGreaterThan(0)
      for (const [path, headers] of [
        ['/api/guides', { 'Content-Type': 'application/json', 'Content-Length': String(total) }],
        ['/api/graphql', { 'Content-Type': 'application/json' }],
      ] as const) {
        const response = await fetch(`${cms.url}${path}`, {
          method: 'POST',
          headers,
          body: hugeBody(),
          duplex: 'half',
        } as RequestInit)
        expect(response.status, path).toBe(413)
        expect((await response.json()).errors[0].message).toMatch(/larger than 4 MB/)
      }
      // Parsing the body would take several times its 100 MB; refusing it takes next to nothing.
      expect((await peakMemory()) - before).toBeLessThan(40 * 1024 * 1024)
    })

    it('still takes an ordinary body', async () => {
      const reply = await api.post('/api/users/login', { email: 'admin@hardening.example', password })
      expect(reply.status).toBe(200)
    })
  })

  describe('logins', () => {
    const login = (email: string, pass: string, address: string) =>
      fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        body: JSON.stringify({ email, password: pass }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }))

    it('answer an unknown e-mail, a wrong password and a throttled address alike', async () => {
      const wrong = await login('admin@hardening.example', 'not-the-password', '198.51.100.20')
      const unknown = await login('nobody@hardening.example', 'not-the-password', '198.51.100.21')
      expect(wrong.status).toBe(401)
      expect(unknown).toEqual(wrong)
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await login('admin@hardening.example', 'not-the-password', '198.51.100.20')
      }
      const throttled = await login('admin@hardening.example', password, '198.51.100.20')
      expect(throttled).toEqual(wrong)
    })

    it('let nobody lock an account out: the owner signs in from another address', async () => {
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await login('admin@hardening.example', 'not-the-password', '203.0.113.66')
      }
      const owner = await login('admin@hardening.example', password, '192.0.2.10')
      expect(owner.status).toBe(200)
    })

    it('end the other sessions when the password changes', async () => {
      const first = (await login('admin@hardening.example', password, '192.0.2.11')).body.token
      const second = (await login('admin@hardening.example', password, '192.0.2.11')).body.token
      const me = async (token: string) => (await api.get('/api/users/me', token)).body.user?.email ?? null
      const id = (await api.get('/api/users/me', second)).body.user.id
      const changed = await api.patch(`/api/users/${id}`, { password: 'hardening-password-2' }, second)
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect(await me(first)).toBeNull()
      expect(await me(second)).toBe('admin@hardening.example')
    })
  })
})
