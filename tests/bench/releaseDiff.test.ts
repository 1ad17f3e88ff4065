import { cp, link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { diffReleases } from '@hub/scripts/bench/release-diff'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'release-diff-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function write(release: string, file: string, text: string) {
  await mkdir(path.dirname(path.join(root, release, file)), { recursive: true })
  await writeFile(path.join(root, release, file), text)
}

async function hardLink(file: string) {
  await mkdir(path.dirname(path.join(root, 'next', file)), { recursive: true })
  await link(path.join(root, 'previous', file), path.join(root, 'next', file))
}

describe('the release diff the bench reports per change', () => {
  it('counts pages and other files added, changed, removed, rewritten unchanged and kept', async () => {
    await write('previous', 'client/en/index.html', '<h1>Home</h1>')
    await write('previous', 'client/en/guides/a/index.html', '<h1>A</h1>')
    await write('previous', 'client/en/guides/b/index.html', '<h1>B</h1>')
    await write('previous', 'client/en/guides/gone/index.html', '<h1>Gone</h1>')
    await write('previous', 'client/pagefind/en/pagefind-entry.json', '{"v":1}')
    await write('previous', 'client/kits/kit.zip', 'zip')

    await write('next', 'client/en/index.html', '<h1>Home, new guide listed</h1>')
    await hardLink('client/en/guides/a/index.html')
    await cp(
      path.join(root, 'previous', 'client/en/guides/b/index.html'),
      path.join(root, 'next', 'client/en/guides/b/index.html'),
    )
    await write('next', 'client/en/guides/new/index.html', '<h1>New</h1>')
    await write('next', 'client/pagefind/en/pagefind-entry.json', '{"v":2}')
    await hardLink('client/kits/kit.zip')

    expect(await diffReleases(path.join(root, 'previous'), path.join(root, 'next'))).toEqual({
      pages: { added: 1, changed: 1, removed: 1, unchangedRewritten: 1, unchangedKept: 1 },
      otherFiles: { added: 0, changed: 1, removed: 0, unchangedRewritten: 0, unchangedKept: 1 },
    })
  })
})
