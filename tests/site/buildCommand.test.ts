import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, expect, it } from 'vitest'

import { siteBuildCommand } from '@hub/cms/site-build'

import { fixtureSnapshot, siteBuildDir, siteDir } from '../support/siteBuild'

let work: string | undefined

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

/** The processes whose environment holds `entry`: the build's steps are known by their output directory. */
async function processesWith(entry: string): Promise<number[]> {
  const found: number[] = []
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const environ = await readFile(`/proc/${name}/environ`, 'utf8').catch(() => '')
    if (environ.split('\0').includes(entry)) found.push(Number(name))
  }
  return found
}

it('a stop asked of the site build stops the step it is running, and the build fails', async () => {
  work = await siteBuildDir('stopped')
  const outDir = path.join(work, 'dist')
  const marker = `HUB_SITE_OUT_DIR=${outDir}`
  const [command, args] = siteBuildCommand(siteDir)
  const build = spawn(command, args, {
    cwd: siteDir,
    env: { ...process.env, HUB_SNAPSHOT_DIR: fixtureSnapshot, HUB_SITE_OUT_DIR: outDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(build, 'exit')
  // Astro has started once it prints its first line.
  await new Promise<void>((resolve) => build.stdout.once('data', () => resolve()))
  const steps = (await processesWith(marker)).filter((pid) => pid !== build.pid)
  expect(steps.length).toBeGreaterThan(0)

  build.kill('SIGTERM')
  const [code] = await exited
  expect(code).not.toBe(0)
  // The step ends after the build does; wait for it a bounded while.
  let left = steps
  for (let tries = 0; tries < 150 && left.length > 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const running = await processesWith(marker)
    left = steps.filter((pid) => running.includes(pid))
  }
  expect(left).toEqual([])
  // Stopped before its pages: a step left running would have built them.
  const home = await stat(path.join(outDir, 'client', 'en', 'index.html')).catch(() => undefined)
  expect(home).toBeUndefined()
}, 60_000)
