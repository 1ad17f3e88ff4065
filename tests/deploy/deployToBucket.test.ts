import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'

import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { readSettings } from '@hub/content-schemas/settings'
import { deployToBucket } from '@hub/scripts/deploy-bucket'
import { freePort } from '@hub/scripts/processes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3Server, type S3Server } from '../support/s3Server'

const bucket = 'hub-site'
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET without credentials or decompression, as a CDN fetches from the bucket. */
function get(url: string) {
  return new Promise<Reply>((resolve, reject) => {
    request(url, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
      .on('error', reject)
      .end()
  })
}

/** A release as the site build leaves it; text files get .br and .gz copies as the build's precompress step writes. */
async function release(root: string, name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(root, name)
  const write = async (file: string, bytes: string | Buffer) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), bytes)
  }
  for (const [file, bytes] of Object.entries(files)) {
    await write(path.join('client', file), bytes)
    if (/\.(html|js)$/.test(file)) {
      await write(path.join('client', `${file}.br`), brotliCompressSync(bytes))
      await write(path.join('client', `${file}.gz`), gzipSync(bytes))
    }
  }
  await write('server/entry.mjs', 'export const handler = () => {}\n')
  return dir
}

const firstFiles = {
  'en/index.html': '<!doctype html><script src="/_astro/app.aaaa1111.js"></script><h1>Resources</h1>',
  '404.html': '<!doctype html><h1>Not found</h1>',
  '_astro/app.aaaa1111.js': 'console.log("first")',
  'pagefind/en/pagefind-entry.json': '{"version":"1"}',
  'media/photo.png': png,
  'media/notes.jpg': 'not a picture',
  '.env': 'SECRET=1',
}

describe('hub deploy --to s3://: a release uploaded to an S3-compatible bucket', () => {
  let s3server: S3Server
  let root: string
  let s3: S3Client
  let settings: ReturnType<typeof readSettings>
  const to = `s3://${bucket}/www`

  const listing = async () =>
    Object.fromEntries(
      ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((object) => [
        object.Key,
        object.ETag,
      ]),
    )
  const object = (key: string) => get(`${s3server.url}/${bucket}/${key}`)
  const puts = () => s3server.events.splice(0).map((event) => event.replace('ObjectCreated:Put ', ''))

  beforeAll(async () => {
    s3server = await startS3Server([bucket])
    root = await mkdtemp(path.join(tmpdir(), 'hub-bucket-'))
    const env = {
      AWS_ENDPOINT_URL_S3: s3server.url,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    }
    settings = readSettings(env)
    s3 = new S3Client({
      endpoint: s3server.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    // Beside the site: the deploy must leave it alone.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'www-old/keep.txt', Body: 'kept' }))
    puts()
  })
  afterAll(async () => {
    s3.destroy()
    await s3server.stop()
    await rm(root, { recursive: true, force: true })
  })

  it('uploads every file readers get, with its type, encoding and caching, pages after the files they use', async () => {
    const first = await release(root, 'first', firstFiles)
    const done = await deployToBucket({ release: first, to, settings })

    const site = [
      '404.html',
      '404.html.br',
      '404.html.gz',
      '_astro/app.aaaa1111.js',
      '_astro/app.aaaa1111.js.br',
      '_astro/app.aaaa1111.js.gz',
      'en/index.html',
      'en/index.html.br',
      'en/index.html.gz',
      'media/notes.jpg',
      'media/photo.png',
      'pagefind/en/pagefind-entry.json',
    ].map((key) => `www/${key}`)
    expect(Object.keys(await listing()).sort()).toEqual([...site, 'www-old/keep.txt'].sort())
    expect(done).toMatchObject({ url: `s3://${bucket}/www/`, unchanged: 0, deleted: [] })
    expect([...done.uploaded].sort()).toEqual(site)

    const stored = puts()
    const firstPage = stored.findIndex((key) => key.includes('.html'))
    expect(stored.slice(firstPage).every((key) => key.includes('.html'))).toBe(true)
    expect(stored.slice(0, firstPage)).toHaveLength(6)

    const page = await object('www/en/index.html')
    expect(page.body.toString()).toBe(firstFiles['en/index.html'])
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=300',
    })
    expect(page.headers['content-encoding']).toBeUndefined()
    const brotli = await object('www/en/index.html.br')
    expect(brotli.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-encoding': 'br',
      'cache-control': 'public, max-age=300',
    })
    expect(brotliDecompressSync(brotli.body).toString()).toBe(firstFiles['en/index.html'])
    expect((await object('www/_astro/app.aaaa1111.js.gz')).headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': 'public, max-age=31536000, immutable',
    })
    expect((await object('www/_astro/app.aaaa1111.js')).headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    })
    expect((await object('www/pagefind/en/pagefind-entry.json')).headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=300',
    })
    const photo = await object('www/media/photo.png')
    expect(photo.body.equals(png)).toBe(true)
    expect(photo.headers).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'public, max-age=86400',
    })
    // Named as a JPEG but not one: a download, never a page.
    expect((await object('www/media/notes.jpg')).headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment',
    })
  })

  it('uploads nothing when the release has not changed', async () => {
    const before = await listing()
    const same = path.join(root, 'same')
    await cp(path.join(root, 'first'), same, { recursive: true })
    const done = await deployToBucket({ release: same, to, settings })
    expect(done).toMatchObject({ uploaded: [], deleted: [], unchanged: 12 })
    expect(puts()).toEqual([])
    expect(await listing()).toEqual(before)
  })

  it('adds new files first, then replaced ones, then pages, and deletes what the release no longer has last', async () => {
    const { '_astro/app.aaaa1111.js': _replaced, ...kept } = firstFiles
    const second = await release(root, 'second', {
      ...kept,
      'en/index.html':
        '<!doctype html><script src="/_astro/app.bbbb2222.js"></script><h1>Resources, updated</h1>',
      'fr/index.html': '<!doctype html><script src="/_astro/app.bbbb2222.js"></script><h1>Ressources</h1>',
      '_astro/app.bbbb2222.js': 'console.log("second")',
      'pagefind/en/pagefind-entry.json': '{"version":"2"}',
    })
    const oldScript = 'www/_astro/app.aaaa1111.js'
    // While the new pages are stored, the old ones' script must still be there.
    const oldScriptDuringPages: Promise<boolean>[] = []
    const watch = (event: { Records: { s3: { object: { key: string } } }[] }) => {
      if (event.Records.some((record) => record.s3.object.key.includes('.html')))
        oldScriptDuringPages.push(s3server.server.store.existsObject(bucket, oldScript))
    }
    s3server.server.on('event', watch)
    const done = await deployToBucket({ release: second, to, settings }).finally(() =>
      s3server.server.off('event', watch),
    )

    const added = [
      'www/_astro/app.bbbb2222.js',
      'www/_astro/app.bbbb2222.js.br',
      'www/_astro/app.bbbb2222.js.gz',
    ]
    const replaced = ['www/pagefind/en/pagefind-entry.json']
    const pages = ['en', 'fr'].flatMap((locale) =>
      ['', '.br', '.gz'].map((suffix) => `www/${locale}/index.html${suffix}`),
    )
    const stored = puts()
    expect(stored.slice(0, 3).sort()).toEqual(added)
    expect(stored.slice(3, 4)).toEqual(replaced)
    expect(stored.slice(4).sort()).toEqual(pages)
    expect(done.uploaded.sort()).toEqual([...added, ...replaced, ...pages].sort())
    expect(done.deleted.sort()).toEqual([oldScript, `${oldScript}.br`, `${oldScript}.gz`])
    expect(await Promise.all(oldScriptDuringPages)).toEqual(pages.map(() => true))

    const keys = Object.keys(await listing())
    expect(keys).not.toContain(oldScript)
    expect(keys).toContain('www-old/keep.txt')
    expect(keys).toContain('www/404.html')
    expect((await object('www/fr/index.html')).body.toString()).toContain('Ressources')
  })

  it('refuses a bad address, a missing bucket or wrong credentials with what to fix, and changes nothing', async () => {
    const before = await listing()
    const third = await release(root, 'third', { 'en/index.html': 'would replace everything' })
    const refused = (target: string, env: Record<string, string> = {}) =>
      deployToBucket({ release: third, to: target, settings: { ...settings, ...env } })

    await expect(refused('s3://')).rejects.toThrow(
      /Cannot deploy to "s3:\/\/": give a bucket as s3:\/\/bucket/,
    )
    await expect(refused('s3://Hub_Site/www')).rejects.toThrow(/give a bucket as s3:\/\/bucket/)
    await expect(refused(`s3://${bucket}/../www`)).rejects.toThrow(/cannot contain \. or \.\. segments/)
    await expect(refused('s3://no-such-bucket/www')).rejects.toThrow(
      /has no bucket "no-such-bucket"\. Create it, or fix the bucket in --to or the server in AWS_ENDPOINT_URL_S3/,
    )
    await expect(refused(to, { AWS_ACCESS_KEY_ID: 'NOT-A-KEY' })).rejects.toThrow(
      /refused the credentials \(InvalidAccessKeyId\)\. Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
    )
    await expect(refused(to, { AWS_SECRET_ACCESS_KEY: 'wrong' })).rejects.toThrow(
      /refused the credentials \(SignatureDoesNotMatch\)/,
    )
    await expect(refused(to, { AWS_SECRET_ACCESS_KEY: '' })).rejects.toThrow(
      /AWS_SECRET_ACCESS_KEY is not set: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY together/,
    )
    const nowhere = `http://127.0.0.1:${await freePort()}`
    await expect(refused(to, { AWS_ENDPOINT_URL_S3: nowhere })).rejects.toThrow(
      /could not be reached \(ECONNREFUSED\)\. Check AWS_ENDPOINT_URL_S3/,
    )
    expect(() => readSettings({ AWS_ENDPOINT_URL_S3: '127.0.0.1:9000' })).toThrow(
      /AWS_ENDPOINT_URL_S3="127\.0\.0\.1:9000" is not valid/,
    )

    expect(puts()).toEqual([])
    expect(await listing()).toEqual(before)
  })
})
