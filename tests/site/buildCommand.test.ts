import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, expect, it } from 'vitest'

import { siteBuildCommand } from '@hub/cms/site-build'

import { eventually, processesWith } from '../support/processes'
import { fixtureSnapshot, siteBuildDir, siteDir } from '../support/siteBuild'

let work: string | undefined

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

/** Which of `steps` still run, once they had a bounded while to end after the build did. */
async function stepsLeft(marker: string, steps: number[]): Promise<number[]> {
  let left = steps
  await eventually(async () => {
    const running = await processesWith(marker)
    left = steps.filter((pid) => running.includes(pid))
    return left.length === 0
  })
  return left
}

/**
 * Starts the site build of `snapshotDir` into `outDir` and waits for Astro's first line; the build's
 * steps running then (known by the output directory in their environment) and their command lines.
 */
async function startBuild(outDir: string, snapshotDir: string) {
  const marker = `HUB_SITE_OUT_DIR=${outDir}`
  const [command, args] = siteBuildCommand(siteDir)
  const build = spawn(command, args, {
    cwd: siteDir,
    env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir, HUB_SITE_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(build, 'exit')
  await new Promise<void>((resolve) => build.stdout.once('data', () => resolve()))
  const steps = (await processesWith(marker)).filter((pid) => pid !== build.pid)
  const commands = await Promise.all(steps.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8')))
  return { build, exited, marker, steps, commands }
}

it('a stop asked of the site build stops the steps it is running, and the build fails', async () => {
  work = await siteBuildDir('stopped')
  const outDir = path.join(work, 'dist')
  const { build, exited, marker, steps, commands } = await startBuild(outDir, fixtureSnapshot)
  // Astro and, beside it, the read-ahead and the post-build waiting for Astro to be done.
  expect(commands).toEqual(
    expect.arrayContaining(
      ['astroBuild.mjs', 'readAhead.ts', 'postBuild.ts'].map((step) => expect.stringContaining(step)),
    ),
  )

  build.kill('SIGTERM')
  const [code] = await exited
  expect(code).not.toBe(0)
  expect(await stepsLeft(marker, steps)).toEqual([])
  // Stopped before its pages: a step left running would have built them.
  const home = await stat(path.join(outDir, 'client', 'en', 'index.html')).catch(() => undefined)
  expect(home).toBeUndefined()
}, 60_000)

it('builds the site when the read-ahead cannot start, and says so', async () => {
  work ??= await siteBuildDir('stopped')
  const outDir = path.join(work, 'no-read-ahead')
  const [command, args] = siteBuildCommand(siteDir)
  // Without `nice` on the PATH the read-ahead cannot start; Node is started by its full path.
  const build = spawn(command, args, {
    cwd: siteDir,
    env: {
      ...process.env,
      PATH: '/nonexistent',
      HUB_SNAPSHOT_DIR: fixtureSnapshot,
      HUB_SITE_OUT_DIR: outDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  build.stdout.on('data', (chunk) => (output += chunk))
  build.stderr.on('data', (chunk) => (output += chunk))
  const [code] = await once(build, 'exit')
  expect(output).toContain(
    'The read-ahead stopped (spawn nice ENOENT); the post-build reads every file itself.',
  )
  expect(code).toBe(0)
  expect((await stat(path.join(outDir, 'client', 'en', 'index.html.br'))).size).toBeGreaterThan(0)
}, 120_000)

it('ends the waiting post-build when Astro fails, and fails with Astro', async () => {
  work ??= await siteBuildDir('stopped')
  const outDir = path.join(work, 'astro-fails')
  // No snapshot there: Astro stops at its first page.
  const { exited, marker, steps, commands } = await startBuild(outDir, path.join(work, 'no-snapshot'))
  expect(commands).toEqual(expect.arrayContaining([expect.stringContaining('postBuild.ts')]))
  const [code] = await exited
  expect(code).toBe(1)
  expect(await stepsLeft(marker, steps)).toEqual([])
  const searchBundles = await stat(path.join(outDir, 'client', 'pagefind')).catch(() => undefined)
  expect(searchBundles).toBeUndefined()
}, 120_000)
