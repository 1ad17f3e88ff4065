import path from 'node:path'

import { repoRoot } from '../paths'
import { run } from '../processes'
import { exportSnapshot } from './export'

async function step(name: string, work: () => Promise<void>) {
  const started = performance.now()
  console.log(`\n==> ${name}`)
  await work()
  console.log(`==> ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** Exports what is published in the CMS database and builds the static site into site/dist. */
export async function build({ out }: { out?: string } = {}) {
  const snapshotDir = path.join(repoRoot, 'snapshot')
  const outDir = path.resolve(out ?? path.join(repoRoot, 'site', 'dist'))
  const started = performance.now()
  await step('export snapshot', () => exportSnapshot({ out: snapshotDir }))
  await step('build site and search index', () =>
    run('pnpm', ['run', 'build'], {
      cwd: path.join(repoRoot, 'site'),
      env: { ...process.env, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: outDir },
    }),
  )
  console.log(`\nSite built in ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s in all).`)
}
