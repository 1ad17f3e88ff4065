import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { siteBuildCommand } from '@hub/cms/site-build'

import { pageTypeRoutes, runLighthouse } from '../bench/lighthouse'
import { measureCommand } from '../bench/measureProcess'
import { repoRoot } from '../paths'
import { serveStatic } from '../staticServer'

const siteDir = path.join(repoRoot, 'site')

/**
 * Lighthouse scores (mobile profile, performance and accessibility) of one
 * page of every kind in English, Arabic and Thai, printed as JSON: builds the
 * site from `snapshot` (the test fixture unless given), serves it on
 * 127.0.0.1 and audits it. Performance is measured, not asserted: compare runs
 * on the same machine.
 */
export async function lighthouseScores({ snapshot }: { snapshot?: string }) {
  const snapshotDir = path.resolve(snapshot ?? path.join(repoRoot, 'tests', 'fixtures', 'snapshot'))
  await mkdir(path.join(siteDir, '.builds'), { recursive: true })
  const work = await mkdtemp(path.join(siteDir, '.builds', 'lighthouse-'))
  try {
    const dist = path.join(work, 'dist')
    await measureCommand(...siteBuildCommand(siteDir), {
      cwd: siteDir,
      env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir, HUB_SITE_OUT_DIR: dist },
    })
    const server = await serveStatic(dist, { host: '127.0.0.1', port: 0 })
    try {
      const { port } = server.address() as AddressInfo
      const routes = await pageTypeRoutes(path.join(dist, 'client'), ['en', 'ar', 'th'])
      const pages = await runLighthouse(`http://127.0.0.1:${port}`, routes)
      const lowest = (category: 'performance' | 'accessibility') =>
        Math.min(...pages.map((page) => page.scores[category] ?? 0))
      console.log(
        JSON.stringify(
          {
            snapshot: path.relative(repoRoot, snapshotDir),
            lowest: { performance: lowest('performance'), accessibility: lowest('accessibility') },
            pages,
          },
          null,
          2,
        ),
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
