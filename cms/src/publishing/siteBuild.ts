import { spawn, type ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import path from 'node:path'

import { readSettings } from '@hub/content-schemas/settings'

/** A site build that did not finish; the message says which file or document is at fault. */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError'
}

/** A line of a stack trace or of the code frame around it: meaningless to an editor. */
const traceLine = /^\s*(at\s|\d+\s*\||\||\^|Stack trace:|file:\/\/|node:internal)/

/**
 * The lines of the build output that name what failed: the site's snapshot
 * loader names the file, locale and field; anything else, the last lines,
 * never a stack trace.
 */
export function failureSummary(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !traceLine.test(line))
  const named = lines.filter((line) => /Snapshot \S+\.json:/.test(line))
  return [...new Set(named.length > 0 ? named : lines.slice(-12))].join('\n')
}

/** What a site build is given: the Astro project, the snapshot, where to write; `env` adds to its environment. */
export type SiteBuild = {
  siteDir: string
  snapshotDir: string
  outDir: string
  env?: Record<string, string>
}

/** The environment of a site build: this process's, the snapshot and output paths, a production build. */
export function siteBuildEnv({ snapshotDir, outDir, env = {} }: SiteBuild): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HUB_SNAPSHOT_DIR: snapshotDir,
    HUB_SITE_OUT_DIR: outDir,
    ...env,
    NODE_ENV: 'production',
  }
}

/**
 * The command of the site build in `siteDir` (its `pnpm build`), started with this process's Node
 * and no package manager in between: pnpm's own start costs 0.2 to 0.4 s a publish.
 */
export function siteBuildCommand(siteDir: string): [string, string[]] {
  return [process.execPath, [path.join(siteDir, 'scripts', 'build.mjs')]]
}

/**
 * A site build process (`build.mjs --standby`): it loads, says it is ready, then waits for its
 * environment. `exited` resolves with its exit code, or with the reason it could not start.
 */
type BuildProcess = {
  child: ChildProcess
  ready: Promise<boolean>
  exited: Promise<number | Error>
  output: () => string
}

/**
 * Starts a build process of `siteDir`; one started ahead (`expected`, the build it will likely be
 * given) also indexes the live release's pages while it waits (site/scripts/build/liveIndexes.ts).
 */
function startBuildProcess(siteDir: string, expected?: SiteBuild): BuildProcess {
  const [command, args] = siteBuildCommand(siteDir)
  const child = spawn(command, [...args, '--standby', ...(expected ? ['--index-live'] : [])], {
    cwd: siteDir,
    env: expected ? siteBuildEnv(expected) : { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | Error>((resolve) => {
    child.once('exit', (code) => resolve(code ?? 1))
    child.once('error', resolve)
  })
  const ready = Promise.race([
    new Promise<boolean>((resolve) => child.once('message', () => resolve(true))),
    exited.then(() => false),
  ])
  return { child, ready, exited, output: () => output }
}

/** Whether this process holds on to `build`: a build waiting for a publish must not keep it alive. */
function holdOn(build: BuildProcess, hold: boolean) {
  // A child's pipes are sockets, though typed as streams.
  const { child } = build
  for (const handle of [child, child.stdout as Socket | null, child.stderr as Socket | null, child.channel])
    if (hold) handle?.ref()
    else handle?.unref()
}

const standingBy = new Map<string, BuildProcess>()

/**
 * Starts the next build of the site now, while nothing else runs, for the
 * build `next` most likely is: its steps load, and its post-build indexes the
 * live release's pages for search (through `next.outDir`, the build link,
 * which points at it until the next build starts); then they wait for
 * `buildSite`, which hands them the build it is given. About 1 s of every
 * publish, and of a 2,000-document one, the 4 s of re-reading the pages of the
 * locales it changed. One per site; it ends when this process does.
 * HUB_BUILD_AHEAD=0 spares the memory it holds meanwhile (about 450 MB; 1.1 GB
 * with the search indexes of 2,000 documents in five languages).
 */
export function prepareSiteBuild(next: SiteBuild) {
  if (readSettings().HUB_BUILD_AHEAD === '0') return
  const standing = standingBy.get(next.siteDir)
  if (standing && standing.child.exitCode === null && standing.child.signalCode === null) return
  const build = startBuildProcess(next.siteDir, next)
  holdOn(build, false)
  standingBy.set(next.siteDir, build)
}

/** The build of `siteDir` started ahead, if one stands by; else one started now. */
async function takeBuildProcess(siteDir: string): Promise<BuildProcess> {
  const standing = standingBy.get(siteDir)
  standingBy.delete(siteDir)
  if (standing) {
    holdOn(standing, true)
    if ((await standing.ready) && standing.child.connected) return standing
    standing.child.kill()
  }
  return startBuildProcess(siteDir)
}

/**
 * Runs the Astro build and Pagefind from `snapshotDir` into `outDir`; resolves with the build's log.
 * The environment goes to the build when it is ready, so one started ahead builds as one started now.
 */
export async function buildSite(build: SiteBuild) {
  const { child, ready, exited, output } = await takeBuildProcess(build.siteDir)
  if (await ready) child.send({ env: siteBuildEnv(build) })
  const code = await exited
  if (code === 0) return output()
  if (code instanceof Error) throw new SiteBuildError(`The site build could not start: ${code.message}`)
  throw new SiteBuildError(`The site build failed (exit code ${code}):\n${failureSummary(output())}`)
}
