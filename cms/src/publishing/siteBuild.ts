import { spawn } from 'node:child_process'

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

/** Runs the Astro build and Pagefind from `snapshotDir` into `outDir`; `env` adds to the build's environment. */
export function buildSite({
  siteDir,
  snapshotDir,
  outDir,
  env = {},
}: {
  siteDir: string
  snapshotDir: string
  outDir: string
  env?: Record<string, string>
}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('pnpm', ['run', 'build'], {
      cwd: siteDir,
      env: {
        ...process.env,
        HUB_SNAPSHOT_DIR: snapshotDir,
        HUB_SITE_OUT_DIR: outDir,
        ...env,
        NODE_ENV: 'production',
      },
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
