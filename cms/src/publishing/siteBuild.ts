import { spawn } from 'node:child_process'
import path from 'node:path'

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

/** Runs the Astro build and Pagefind from `snapshotDir` into `outDir`; resolves with the build's log. */
export function buildSite(build: SiteBuild) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(...siteBuildCommand(build.siteDir), {
      cwd: build.siteDir,
      env: siteBuildEnv(build),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) =>
      reject(new SiteBuildError(`The site build could not start: ${error.message}`)),
    )
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new SiteBuildError(`The site build failed (exit code ${code}):\n${failureSummary(output)}`)),
    )
  })
}
