import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, prepareSiteBuild } from '@hub/cms/site-build'

import { eventually, processesWith } from '../support/processes'
import { fixtureSnapshot, repoRoot, siteBuildDir, siteDir } from '../support/siteBuild'

/** The build and its steps: Astro, the read-ahead and the post-build. */
const buildSteps = ['astroBuild.mjs', 'build.mjs', 'postBuild.ts', 'readAhead.ts']

/** Which of the build's steps run among the processes marked by `marker` (tsx may start esbuild's too). */
async function stepsRunning(marker: string): Promise<string[]> {
  const commands = await Promise.all(
    (await processesWith(marker)).map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')),
  )
  return buildSteps.filter((step) => commands.some((command) => command.includes(`/${step}`)))
}

/** Whether each of the processes of a build started ahead runs, marked by `marker`. */
const standingBy = async (marker: string) => (await stepsRunning(marker)).length === buildSteps.length

/**
 * Starts a build ahead, as the CMS does after each publish, with `started` in
 * this process's environment only while it starts; the entry marking its
 * processes.
 */
function prepareWith(started: Record<string, string>, outDir: string): string {
  const id = randomUUID()
  const saved = { ...process.env }
  Object.assign(process.env, started, { HUB_TEST_AHEAD: id })
  try {
    prepareSiteBuild({ siteDir, snapshotDir: fixtureSnapshot, outDir })
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  return `HUB_TEST_AHEAD=${id}`
}

const running = async (marker: string) => (await processesWith(marker)).length

describe('a site build started ahead of its publish', () => {
  let work: string
  beforeAll(async () => {
    work = await siteBuildDir('ahead')
  })
  afterAll(async () => rm(work, { recursive: true, force: true }))

  it('builds with the environment the publish gives it, not the one it started with, and is then gone', async () => {
    const outDir = path.join(work, 'taken')
    const marker = prepareWith({ HUB_SITE_URL: 'https://ahead.example' }, outDir)
    expect(await eventually(() => standingBy(marker))).toBe(true)

    await buildSite({
      siteDir,
      snapshotDir: fixtureSnapshot,
      outDir,
      env: { HUB_SITE_URL: 'https://given.example' },
    })
    const home = await readFile(path.join(outDir, 'client', 'en', 'index.html'), 'utf8')
    expect(home).toContain('hreflang="es" href="https://given.example/es/"')
    expect(home).not.toContain('ahead.example')
    const sitemap = await readFile(path.join(outDir, 'client', 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://given.example/en/</loc>')
    // It did the build: one left standing would still run.
    expect(await eventually(async () => (await running(marker)) === 0)).toBe(true)
  }, 180_000)

  it('that ended while it stood by is replaced: the publish still builds', async () => {
    const outDir = path.join(work, 'replaced')
    const marker = prepareWith({}, outDir)
    expect(await eventually(() => standingBy(marker))).toBe(true)
    const commands = await Promise.all(
      (await processesWith(marker)).map(async (pid) => ({
        pid,
        command: await readFile(`/proc/${pid}/cmdline`, 'utf8'),
      })),
    )
    const build = commands.find(({ command }) => command.includes('--standby'))!
    process.kill(build.pid, 'SIGKILL')
    // Its steps end with it.
    expect(await eventually(async () => (await running(marker)) === 0)).toBe(true)

    await buildSite({ siteDir, snapshotDir: fixtureSnapshot, outDir })
    const home = await readFile(path.join(outDir, 'client', 'en', 'index.html'), 'utf8')
    expect(home).toContain('<html lang="en"')
  }, 180_000)

  it('neither keeps the process that started it alive nor outlives it', async () => {
    const id = randomUUID()
    const marker = `HUB_TEST_AHEAD=${id}`
    // A process that starts a build ahead, then has nothing left to do after 5 s.
    const starter = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { prepareSiteBuild } from '@hub/cms/site-build'
const [siteDir, snapshotDir, outDir] = process.argv.slice(1)
prepareSiteBuild({ siteDir, snapshotDir, outDir })
setTimeout(() => {}, 5000)`,
        siteDir,
        fixtureSnapshot,
        path.join(work, 'left'),
      ],
      { cwd: path.join(repoRoot, 'tests'), env: { ...process.env, HUB_TEST_AHEAD: id }, stdio: 'inherit' },
    )
    const exited = once(starter, 'exit')
    expect(await eventually(() => standingBy(marker))).toBe(true)
    const timeout = new Promise((resolve) => setTimeout(resolve, 60_000, ['timed out']))
    expect(await Promise.race([exited, timeout])).toEqual([0, null])
    expect(await eventually(async () => (await running(marker)) === 0)).toBe(true)
  }, 120_000)
})
