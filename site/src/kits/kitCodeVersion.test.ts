import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { kitCodeVersion, kitPackages } from './kitCodeVersion'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Every file a kit's key must follow, in a folder laid out like the site. */
const inputs = [
  'src/kits/pdf/poster.ts',
  'src/i18n/kit.ts',
  'src/lib/localize.ts',
  'src/loaders/readSnapshot.ts',
  'node_modules/@hub/content-schemas/src/labels.ts',
]

describe('the code version in a kit cache key', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'kit-code-'))
    for (const file of inputs) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true })
      await writeFile(path.join(root, file), `export const original = '${file}'\n`)
    }
    for (const name of kitPackages) {
      await mkdir(path.join(root, 'node_modules', name), { recursive: true })
      await writeFile(
        path.join(root, 'node_modules', name, 'package.json'),
        JSON.stringify({ name, version: '1.0.0' }),
      )
    }
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it.each(inputs)('changes when %s changes', async (file) => {
    const before = await kitCodeVersion(root)
    const original = await readFile(path.join(root, file), 'utf8')
    await writeFile(path.join(root, file), `${original}export const changed = true\n`)
    const after = await kitCodeVersion(root)
    await writeFile(path.join(root, file), original)
    expect(after).not.toBe(before)
    expect(await kitCodeVersion(root)).toBe(before)
  })

  it.each(kitPackages)('changes when the version of %s changes', async (name) => {
    const manifest = path.join(root, 'node_modules', name, 'package.json')
    const before = await kitCodeVersion(root)
    await writeFile(manifest, JSON.stringify({ name, version: '1.0.1' }))
    const after = await kitCodeVersion(root)
    await writeFile(manifest, JSON.stringify({ name, version: '1.0.0' }))
    expect(after).not.toBe(before)
  })

  it('does not change when a test changes', async () => {
    const before = await kitCodeVersion(root)
    await writeFile(path.join(root, 'src/kits/poster.test.ts'), 'export {}\n')
    expect(await kitCodeVersion(root)).toBe(before)
  })

  it('names a missing package and what to do', async () => {
    await rm(path.join(root, 'node_modules', 'fontkit'), { recursive: true })
    await expect(kitCodeVersion(root)).rejects.toThrow(
      /Kits are made with fontkit, but .* cannot be read: run pnpm install/,
    )
  })

  it('follows every package the kit code uses, fonts included', async () => {
    const kitsDir = path.join(siteDir, 'src', 'kits')
    const files = (await readdir(kitsDir, { recursive: true })).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    )
    const used = new Set<string>()
    for (const file of files) {
      const text = await readFile(path.join(kitsDir, file), 'utf8')
      for (const [, name] of text.matchAll(/(?:from |pkg: )'((?:@[\w-]+\/)?[\w-]+)['/]/g)) {
        if (name && !name.startsWith('@hub/')) used.add(name)
      }
    }
    expect(used.size).toBeGreaterThan(5)
    expect([...used].filter((name) => !kitPackages.includes(name))).toEqual([])
    expect(await kitCodeVersion(siteDir)).toMatch(/^[0-9a-f]{64}$/)
  })
})
