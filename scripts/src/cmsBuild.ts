import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { cmsDir, repoRoot } from './paths'
import { run } from './processes'

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestModification(path.join(entry, name))),
    stats.mtimeMs,
  )
}

/**
 * The CMS's production build is made once and again only when its sources change. It serves tests and
 * benchmarks, whose standard output is theirs: what it says goes to standard error.
 */
export async function ensureCmsBuilt(): Promise<void> {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0
  const sources = [
    path.join(cmsDir, 'src'),
    path.join(cmsDir, 'next.config.ts'),
    path.join(cmsDir, 'package.json'),
    path.join(repoRoot, 'content-schemas', 'src'),
    path.join(repoRoot, 'pnpm-lock.yaml'),
  ]
  if (builtAt > 0 && sources.every((source) => newestModification(source) < builtAt)) {
    console.error('CMS build is up to date.')
    return
  }
  console.error('Building the CMS (Next.js production build; a few minutes the first time)...')
  await run('pnpm', ['run', 'build'], { cwd: cmsDir, outputTo: 'stderr' })
}
