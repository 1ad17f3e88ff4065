import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { firstSearchBytes } from '../bench/firstSearchBytes'
import { measureCommand } from '../bench/measureProcess'
import { publishLatency } from '../bench/publishLatency'
import { changeOneDocument, writeSyntheticSnapshot } from '../bench/syntheticSnapshot'
import { repoRoot } from '../paths'
import { serveStatic } from '../staticServer'

const siteDir = path.join(repoRoot, 'site')

function buildSite(snapshotDir: string, outDir: string) {
  return measureCommand('pnpm', ['run', 'build'], {
    cwd: siteDir,
    env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir, HUB_SITE_OUT_DIR: outDir },
  })
}

/**
 * Hub figures, printed as JSON: full build time and peak memory for the demo
 * hub and for synthetic hubs of each size in `documents`, the rebuild after one
 * document changes, publish-to-live latency, the weight of a typical guide
 * page and the bytes of a first search. No pass or fail; compare runs on the
 * same machine.
 */
export async function bench({ documents, snapshot }: { documents: number[]; snapshot?: string }) {
  const demoSnapshot = path.resolve(snapshot ?? path.join(repoRoot, 'tests', 'fixtures', 'snapshot'))
  // Inside the site project: a build's server bundle resolves its packages from site/node_modules.
  await mkdir(path.join(siteDir, '.builds'), { recursive: true })
  const work = await mkdtemp(path.join(siteDir, '.builds', 'bench-'))
  try {
    const demoDist = path.join(work, 'demo-dist')
    const demo = await buildSite(demoSnapshot, demoDist)
    const syntheticHubs = []
    for (const size of documents) {
      const synthetic = path.join(work, `synthetic-${size}`)
      const counts = await writeSyntheticSnapshot(demoSnapshot, synthetic, size)
      const full = await buildSite(synthetic, path.join(work, `synthetic-${size}-dist`))
      // The next release after an editor corrects one guide: caches (content layer, images, kits) kept.
      await changeOneDocument(synthetic)
      const rebuild = await buildSite(synthetic, path.join(work, `synthetic-${size}-rebuild`))
      await rm(path.join(work, `synthetic-${size}-dist`), { recursive: true, force: true })
      syntheticHubs.push({
        documents: size,
        locales: 5,
        resources: counts,
        fullBuild: full,
        rebuildAfterOneChange: rebuild,
      })
    }
    const latency = await publishLatency()

    const guideHtml = await readFile(
      path.join(demoDist, 'client', 'en', 'guides', 'recognising-the-signs-of-trafficking', 'index.html'),
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
          syntheticHubs,
          publishToLive: { hub: 'demo', ...latency },
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
