import { spawn } from 'node:child_process'
import { mkdir, mkdtemp } from 'node:fs/promises'
import path from 'node:path'

import { siteBuildCommand } from '@hub/cms/site-build'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..')
export const siteDir = path.join(repoRoot, 'site')
export const fixtureSnapshot = path.join(repoRoot, 'tests', 'fixtures', 'snapshot')

/**
 * Builds the site (Astro, then Pagefind) from a snapshot into outDir; resolves
 * with the exit code and output. `env` adds to the build's environment.
 */
export function buildSite({
  snapshotDir,
  outDir,
  env = {},
}: {
  snapshotDir: string
  outDir: string
  env?: Record<string, string>
}) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(...siteBuildCommand(siteDir), {
      cwd: siteDir,
      env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir, HUB_SITE_OUT_DIR: outDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/**
 * A new directory for site builds, inside the site project: the build's
 * server bundle (editors' previews) resolves its packages from site/node_modules.
 */
export async function siteBuildDir(prefix: string): Promise<string> {
  const root = path.join(siteDir, '.builds')
  await mkdir(root, { recursive: true })
  return mkdtemp(path.join(root, `${prefix}-`))
}
