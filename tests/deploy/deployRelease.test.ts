import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { deployRelease } from '@hub/scripts/deploy-release'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/** A release folder as the site build leaves it: client/ for readers, server/ for previews. */
async function release(root: string, name: string, page: string): Promise<string> {
  const dir = path.join(root, 'releases', name)
  await mkdir(path.join(dir, 'client', 'en'), { recursive: true })
  await mkdir(path.join(dir, 'server'), { recursive: true })
  await writeFile(path.join(dir, 'client', 'en', 'index.html'), page)
  await writeFile(path.join(dir, 'server', 'entry.mjs'), 'export const handler = () => {}\n')
  await writeFile(path.join(dir, 'script-hashes.json'), '[]\n')
  return dir
}

describe('hub deploy: a release copied to another folder and made live there', () => {
  let root: string
  let target: string

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-deploy-'))
    target = path.join(root, 'www', 'hub')
  })
  afterEach(async () => rm(root, { recursive: true, force: true }))

  const live = async (file: string) => readFile(path.join(target, 'client', file), 'utf8')

  it('copies the readers’ files, not the preview bundle, behind a link swapped in one step', async () => {
    const first = await release(root, '2026-11-28-aaaaaaaaaaaa', 'first')
    await deployRelease({ release: first, to: pathToFileURL(target).href })
    expect((await lstat(target)).isSymbolicLink()).toBe(true)
    expect(await live('en/index.html')).toBe('first')
    expect(
      await readdir(await readlink(target).then((link) => path.resolve(path.dirname(target), link))),
    ).toEqual(['client', 'script-hashes.json'])

    const second = await release(root, '2026-11-29-bbbbbbbbbbbb', 'second')
    const third = await release(root, '2026-11-30-cccccccccccc', 'third')
    await deployRelease({ release: second, to: target })
    expect(await live('en/index.html')).toBe('second')
    await deployRelease({ release: third, to: target })
    expect(await live('en/index.html')).toBe('third')
    // The one before stays for a rollback; older copies go.
    expect((await readdir(`${target}.releases`)).sort()).toEqual([
      '2026-11-29-bbbbbbbbbbbb',
      '2026-11-30-cccccccccccc',
    ])
  })

  it('refuses what it cannot deploy and leaves the target alone', async () => {
    await expect(deployRelease({ release: path.join(root, 'nothing'), to: target })).rejects.toThrow(
      /no built release at .*nothing: build the site first/,
    )
    const built = await release(root, '2026-11-28-aaaaaaaaaaaa', 'page')
    await expect(deployRelease({ release: built, to: 'https://cdn.example.org/hub' })).rejects.toThrow(
      /Cannot deploy to "https:\/\/cdn\.example\.org\/hub": give a folder .* or a bucket \(s3:\/\/bucket\/prefix\)/,
    )
    const empty = path.join(root, 'empty')
    await mkdir(empty)
    await expect(deployRelease({ release: empty, to: target })).rejects.toThrow(/has no client\/ folder/)
    await expect(lstat(path.dirname(target))).rejects.toThrow()
  })
})
