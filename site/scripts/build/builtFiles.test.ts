import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { listBuiltFiles } from './builtFiles'

describe('the built files, listed once for the post-build', () => {
  let client: string

  beforeEach(async () => {
    client = await mkdtemp(path.join(tmpdir(), 'built-files-'))
  })
  afterEach(async () => rm(client, { recursive: true, force: true }))

  it('lists every file at any depth, sorted, without folders or the search bundles', async () => {
    for (const file of [
      'en/guides/b/index.html',
      'en/guides/a/index.html',
      '404.html',
      '_astro/site.css',
      'pagefind/en/pagefind.js',
      'pagefinder/index.html',
    ]) {
      await mkdir(path.dirname(path.join(client, file)), { recursive: true })
      await writeFile(path.join(client, file), file)
    }
    await mkdir(path.join(client, 'fr', 'empty'), { recursive: true })
    expect(listBuiltFiles(client)).toEqual([
      '404.html',
      '_astro/site.css',
      'en/guides/a/index.html',
      'en/guides/b/index.html',
      'pagefinder/index.html',
    ])
  })
})
