import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { firstSearchBytes } from '../bench/firstSearchBytes'
import { measureCommand } from '../bench/measureProcess'
import { writeSyntheticSnapshot } from '../bench/syntheticSnapshot'
import { repoRoot } from '../paths'
import { serveStatic } from '../staticServer'

const siteDir = path.join(repoRoot, 'site')

function buildSite(snapshotDir: string, outDir: string) {
  return measureCommand('pnpm', ['run', 'build'], {
    cwd: siteDir,
    env: { ...process.env, SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: outDir },
  })
}

/**
 * Site build figures, printed as JSON: full build time and peak memory for the
 * demo hub and a synthetic hub, the weight of a typical guide page, and the
 * bytes of a first search. No pass or fail; compare runs on the same machine.
 */
export async function bench({ documents, snapshot }: { documents: number; snapshot?: string }) {
  const demoSnapshot = path.resolve(snapshot ?? path.join(repoRoot, 'tests', 'fixtures', 'snapshot'))
  const work = await mkdtemp(path.join(tmpdir(), 'hub-bench-'))
  try {
    const demoDist = path.join(work, 'demo-dist')
    const demo = await buildSite(demoSnapshot, demoDist)
    const synthetic = path.join(work, 'synthetic')
    await writeSyntheticSnapshot(demoSnapshot, synthetic, documents)
    const large = await buildSite(synthetic, path.join(work, 'synthetic-dist'))

    const guideHtml = await readFile(
      path.join(demoDist, 'en', 'guides', 'recognising-the-signs-of-trafficking', 'index.html'),
    )
    const server = await serveStatic(demoDist, { host: '127.0.0.1', port: 0 })
    const { port } = server.address() as AddressInfo
    const search = await firstSearchBytes(`http://127.0.0.1:${port}`, 'en', 'rights').finally(
      () => new Promise((resolve) => server.close(resolve)),
    )
    console.log(
      JSON.stringify(
        {
          machine: {
            cpus: cpus().length,
            cpuModel: cpus()[0]?.model,
            memoryGiB: Math.round(totalmem() / 2 ** 30),
            node: process.version,
          },
          demoHubBuild: demo,
          syntheticHubBuild: { documents, locales: 5, ...large },
          guidePage: {
            htmlAndCssBytes: guideHtml.length,
            gzipBytes: gzipSync(guideHtml, { level: 9 }).length,
            note: 'CSS is inlined in the HTML',
          },
          firstSearch: search,
        },
        null,
        2,
      ),
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
