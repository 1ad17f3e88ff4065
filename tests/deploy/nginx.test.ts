import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { nginxConfig } from '@hub/scripts/nginx-config'
import { freePort } from '@hub/scripts/processes'
import { contentSecurityPolicy, readScriptHashes } from '@hub/scripts/security-headers'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { fixtureSnapshot } from '../support/siteBuild'
import { startSite, type SiteServer } from '../support/siteServer'

const nginxBin = '/usr/sbin/nginx'
const brotliModule = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so'
const tempDirs = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']

const runCommand = promisify(execFile)

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET with exactly these headers and no decompression, as a reader's browser would send it. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

async function waitForNginx(url: string, nginx: ChildProcess, log: () => string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}):\n${log()}`)
    const up = await get(url).then(
      () => true,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer on ${url}:\n${log()}`)
}

/** The main nginx.conf a test runs with: everything under `work`, the hub's server from `work/hub.conf`. */
function mainConfig(work: string): string {
  return [
    // As root (CI), workers would otherwise run as nobody and could not read the test's folders.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    ...(existsSync(brotliModule) ? [`load_module ${brotliModule};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${work}/nginx.pid;`,
    `error_log ${work}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...tempDirs.map((dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path ${work}/${dir};`),
    `  include ${work}/hub.conf;`,
    '}',
    '',
  ].join('\n')
}

// `.ci/run` installs nginx; elsewhere this suite says why it did not run.
describe.skipIf(!existsSync(nginxBin))('the hub behind nginx, with the generated configuration', () => {
  let site: SiteServer
  let cms: CmsServer
  let work: string
  let nginx: ChildProcess
  let nginxOutput = ''
  let url: string
  let hashes: string[]
  let browser: Browser

  beforeAll(async () => {
    ;[site, cms] = await Promise.all([startSite(fixtureSnapshot), startCmsServer()])
    // The site server runs in this process; its preview route asks this CMS who is signed in.
    process.env.HUB_CMS_URL = cms.url
    await writeFile(path.join(site.dist, 'client', '.env'), 'PAYLOAD_SECRET=never-served\n')
    await writeFile(path.join(site.dist, 'client', 'media', 'page.html'), '<script>alert(1)</script>')
    hashes = await readScriptHashes(site.dist)
    work = await mkdtemp(path.join(tmpdir(), 'hub-nginx-'))
    for (const dir of tempDirs) await mkdir(path.join(work, dir))
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    const server = nginxConfig({
      serverName: '127.0.0.1',
      listen: `127.0.0.1:${port}`,
      siteRoot: site.dist,
      cmsUpstream: cms.url,
      previewUpstream: site.url,
      scriptHashes: hashes,
      maxBodyMegabytes: 64,
      brotli: existsSync(brotliModule),
    })
    await writeFile(path.join(work, 'hub.conf'), server)
    await writeFile(path.join(work, 'nginx.conf'), mainConfig(work))
    nginx = spawn(nginxBin, ['-p', work, '-c', path.join(work, 'nginx.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    nginx.stdout?.on('data', (chunk) => (nginxOutput += chunk))
    nginx.stderr?.on('data', (chunk) => (nginxOutput += chunk))
    await waitForNginx(`${url}/en/`, nginx, () => nginxOutput)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve))
      nginx.kill('SIGQUIT')
      await exited
    }
    await Promise.all([site?.stop(), cms?.stop()])
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('serves pages with the site server’s security headers and a short cache', async () => {
    const page = await get(`${url}/en/`)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy(hashes))
    expect(page.headers['content-security-policy']).not.toContain("'unsafe-inline' 'wasm")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['cache-control']).toBe('public, max-age=300')
    expect(page.body.toString()).toContain('<html lang="en"')
  })

  it('sends the brotli and gzip files the build wrote', async () => {
    const plain = await readFile(path.join(site.dist, 'client', 'en', 'index.html'))
    const gzipped = await get(`${url}/en/`, { 'Accept-Encoding': 'gzip' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.body).toEqual(await readFile(path.join(site.dist, 'client', 'en', 'index.html.gz')))
    expect(gzipped.body.length).toBeLessThan(plain.length)
    if (!existsSync(brotliModule)) return
    const brotli = await get(`${url}/en/`, { 'Accept-Encoding': 'br, gzip' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.body).toEqual(await readFile(path.join(site.dist, 'client', 'en', 'index.html.br')))
  })

  it('caches hashed assets for a year', async () => {
    const asset = (await readdir(path.join(site.dist, 'client', '_astro')))[0]!
    const reply = await get(`${url}/_astro/${asset}`)
    expect(reply.status).toBe(200)
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy(hashes))
  })

  it('adds the trailing slash with a relative redirect and answers unknown paths with the site’s 404 page', async () => {
    const redirect = await get(`${url}/en/search`)
    expect(redirect.status).toBe(301)
    expect(redirect.headers.location).toBe('/en/search/')
    const missing = await get(`${url}/es/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toBe(await readFile(path.join(site.dist, 'client', '404.html'), 'utf8'))
    expect(missing.headers['content-security-policy']).toBe(contentSecurityPolicy(hashes))
  })

  it('serves no dotfiles and never renders a media file as a page', async () => {
    for (const hidden of ['/.env', '/media/../.env', '/%2eenv']) {
      const reply = await get(`${url}${hidden}`)
      expect(reply.status).toBe(404)
      expect(reply.body.toString()).not.toContain('never-served')
    }
    const page = await get(`${url}/media/page.html`)
    expect(page.headers['content-type']).toBe('application/octet-stream')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const photo = (await readdir(path.join(site.dist, 'client', 'media'))).find((file) =>
      file.endsWith('.jpg'),
    )
    if (photo) expect((await get(`${url}/media/${photo}`)).headers['content-type']).toBe('image/jpeg')
  })

  it('serves kit ZIPs', async () => {
    const reply = await get(`${url}/kits/ghost-fleet-screening-kit-th.zip`)
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('application/zip')
    expect(reply.body.subarray(0, 2).toString()).toBe('PK')
  })

  it('passes the admin, the API and previews to their servers on the same domain', async () => {
    const me = await get(`${url}/api/users/me`)
    expect(me.status).toBe(200)
    expect(JSON.parse(me.body.toString())).toMatchObject({ user: null })
    const login = await get(`${url}/admin/login`)
    expect(login.status).toBe(200)
    expect(login.headers['content-security-policy']).not.toBe(contentSecurityPolicy(hashes))
    const preview = await get(`${url}/preview/guides/1/en/`)
    expect(preview.status).toBe(401)
  })

  it('finds pages with search in a real browser, through nginx', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    // The browser asks for /favicon.ico by itself (the site's icon is /favicon.svg); every other request must succeed.
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico')
        failed.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(`${url}/es/search/`)
    await page.locator('#search-query').fill('derechos')
    // Other resources match too (a take-action item pointing at the guide): open the guide.
    const guide = '/es/guides/know-your-rights-at-work/'
    const result = page.locator(`.search-results a[href="${guide}"]`)
    await result.waitFor({ timeout: 15_000 })
    await result.click()
    await page.waitForURL(`${url}${guide}`)
    expect(failed).toEqual([])
    await page.close()
  })
})

describe.skipIf(!existsSync(nginxBin) || !existsSync('/usr/bin/openssl'))(
  'the generated configuration with TLS',
  () => {
    it('serves https, redirects http there and sends HSTS, in a configuration nginx accepts', async () => {
      const work = await mkdtemp(path.join(tmpdir(), 'hub-nginx-tls-'))
      try {
        for (const dir of tempDirs) await mkdir(path.join(work, dir))
        await runCommand('/usr/bin/openssl', [
          'req',
          '-x509',
          '-nodes',
          '-newkey',
          'rsa:2048',
          '-days',
          '1',
          '-subj',
          '/CN=hub.example.org',
          '-keyout',
          path.join(work, 'key.pem'),
          '-out',
          path.join(work, 'cert.pem'),
        ])
        const server = nginxConfig({
          serverName: 'hub.example.org',
          listen: '127.0.0.1:80',
          siteRoot: path.join(work, 'dist'),
          cmsUpstream: 'http://127.0.0.1:3000',
          previewUpstream: 'http://127.0.0.1:4321',
          scriptHashes: ["'sha256-AAAA'"],
          tls: { certificate: path.join(work, 'cert.pem'), key: path.join(work, 'key.pem') },
          maxBodyMegabytes: 64,
          brotli: existsSync(brotliModule),
        })
        expect(server).toContain('return 301 https://$host$request_uri;')
        expect(server).toContain('listen 443 ssl;')
        expect(server.match(/Strict-Transport-Security/g)?.length).toBeGreaterThanOrEqual(4)
        await writeFile(path.join(work, 'hub.conf'), server)
        await writeFile(path.join(work, 'nginx.conf'), mainConfig(work))
        await runCommand(nginxBin, ['-t', '-q', '-p', work, '-c', path.join(work, 'nginx.conf')])
      } finally {
        await rm(work, { recursive: true, force: true })
      }
    })
  },
)
