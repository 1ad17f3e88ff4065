import { link, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { BuiltFileFacts } from './builtFileFacts'

describe('facts of built files, remembered by file identity between builds', () => {
  let work: string
  const page = (name: string) => path.join(work, name)
  const html = '<html><body><script>alert(1)</script><script src="/a.js"></script><p>Text</p></body></html>'

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'file-facts-'))
  })
  afterEach(async () => rm(work, { recursive: true, force: true }))

  it('reads a new file, and knows a hard link of it in the next build without reading it', async () => {
    await writeFile(page('first.html'), html)
    const first = await BuiltFileFacts.open(work)
    const read = await first.of(page('first.html'))
    expect(read.bytes?.toString('utf8')).toBe(html)
    expect(read.inlineScripts).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)])
    expect(read.size).toBe(html.length)
    await first.save()

    // The next release keeps the page by hard link, as Astro restores it.
    await link(page('first.html'), page('kept.html'))
    const next = await BuiltFileFacts.open(work)
    const kept = await next.of(page('kept.html'))
    expect(kept.bytes).toBeUndefined()
    expect({ ...kept }).toEqual({
      size: read.size,
      sha256: read.sha256,
      inlineScripts: read.inlineScripts,
      searchView: read.searchView,
    })
  })

  it('reads a file again when its remembered facts lack one the build now needs (saved by an older build)', async () => {
    await writeFile(page('old.html'), html)
    const info = await stat(page('old.html'))
    const identity = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`
    await writeFile(
      path.join(work, 'built-file-facts.json'),
      JSON.stringify({ [identity]: { size: info.size, sha256: 'old', inlineScripts: [] } }),
    )
    const facts = await (await BuiltFileFacts.open(work)).of(page('old.html'))
    expect(facts.bytes?.toString('utf8')).toBe(html)
    expect(facts.searchView).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reads a file again when it was written anew or changed in place, even with the same size', async () => {
    await writeFile(page('page.html'), html)
    const first = await BuiltFileFacts.open(work)
    const before = await first.of(page('page.html'))
    await first.save()
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(page('page.html'), html.replace('alert(1)', 'alert(2)'))
    const after = await (await BuiltFileFacts.open(work)).of(page('page.html'))
    expect(after.bytes).toBeDefined()
    expect(after.sha256).not.toBe(before.sha256)
    expect(after.inlineScripts).not.toEqual(before.inlineScripts)
  })

  it('keeps the facts it was opened with only when asked to: a step that saw part of a build', async () => {
    await writeFile(page('old.html'), html)
    await writeFile(page('new.html'), html.replace('Text', 'New text'))
    const last = await BuiltFileFacts.open(work)
    await last.of(page('old.html'))
    await last.save()

    const part = await BuiltFileFacts.open(work)
    await part.of(page('new.html'))
    await part.save({ keepUnseen: true })
    const afterPart = await BuiltFileFacts.open(work)
    expect((await afterPart.of(page('old.html'))).bytes).toBeUndefined()
    expect((await afterPart.of(page('new.html'))).bytes).toBeUndefined()

    const whole = await BuiltFileFacts.open(work)
    await whole.of(page('new.html'))
    await whole.save()
    expect((await (await BuiltFileFacts.open(work)).of(page('old.html'))).bytes).toBeDefined()
  })

  it('takes a file identity once when the files are settled (the post-build), and each time while they may change', async () => {
    await writeFile(page('page.html'), html)
    const settled = await BuiltFileFacts.open(work, { settled: true })
    const changing = await BuiltFileFacts.open(work)
    const first = await settled.of(page('page.html'))
    await changing.of(page('page.html'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(page('page.html'), html.replace('alert(1)', 'alert(2)'))
    // Promised settled, the page is known by the identity it had when first asked for.
    const again = await settled.of(page('page.html'))
    expect(again.bytes).toBeUndefined()
    expect(again.sha256).toBe(first.sha256)
    // Otherwise (as the read-ahead, while Astro writes) the rewritten page is read again.
    const rewritten = await changing.of(page('page.html'))
    expect(rewritten.bytes?.toString('utf8')).toBe(html.replace('alert(1)', 'alert(2)'))
  })

  it('starts from nothing when the remembered facts cannot be read', async () => {
    await writeFile(path.join(work, 'built-file-facts.json'), '{ not json')
    await writeFile(page('page.html'), html)
    const facts = await BuiltFileFacts.open(work)
    expect((await facts.of(page('page.html'))).bytes).toBeDefined()
  })
})
