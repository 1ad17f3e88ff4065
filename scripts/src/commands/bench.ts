import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { firstSearchBytes } from '../bench/firstSearchBytes'
import { compareWithHugo, hugoMissing } from '../bench/hugoComparison'
import { medianOfRuns } from '../bench/median'
import { publishLatency } from '../bench/publishLatency'
import { clearCaches } from '../bench/siteCaches'
import { buildSite, siteDir } from '../bench/siteBuild'
import { snapshotPublishes } from '../bench/snapshotPublish'
import { writeSyntheticSnapshot } from '../bench/syntheticSnapshot'
import { repoRoot } from '../paths'
import { serveStatic } from '../staticServer'

/**
 * Hub figures, printed as JSON, each the median of `runs` runs with the state
 * of the caches it ran with: the demo hub's full build, publish-to-live
 * latency through the CMS, and for synthetic hubs of each size in `documents`
 * the full build side by side with Hugo and Pagefind, the one-change publish
 * and what each new release rewrote; the weight of a guide page and of a
 * first search. No pass or fail; compare runs on the same machine.
 */
/** Each part's figures on stderr as soon as they are measured: a long run interrupted still tells something. */
function progress(part: string, figures: unknown) {
  console.error(`[bench] ${part}: ${JSON.stringify(figures)}`)
}

export async function bench({
  documents,
  snapshot,
  runs,
}: {
  documents: number[]
  snapshot?: string
  runs: number
}) {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, not ${runs}.`)
  const demoSnapshot = path.resolve(snapshot ?? path.join(repoRoot, 'tests', 'fixtures', 'snapshot'))
  // Inside the site project: a build's server bundle resolves its packages from site/node_modules.
  await mkdir(path.join(siteDir, '.builds'), { recursive: true })
  const work = await mkdtemp(path.join(siteDir, '.builds', 'bench-'))
  try {
    const load = loadavg()
    const demoDist = path.join(work, 'demo-dist')
    const demoRuns = []
    for (let run = 0; run < runs; run += 1) {
      await clearCaches(demoDist)
      await rm(demoDist, { recursive: true, force: true })
      demoRuns.push(await buildSite({ siteDir, snapshotDir: demoSnapshot, outDir: demoDist }))
    }
    const demoBuild = { caches: 'every cache emptied before each run', ...medianOfRuns(demoRuns) }
    progress('demo hub build', demoBuild)

    const skipHugo = hugoMissing()
    if (skipHugo) console.error(skipHugo)
    const syntheticHubs = []
    for (const size of documents) {
      const synthetic = path.join(work, `synthetic-${size}`)
      const counts = await writeSyntheticSnapshot(demoSnapshot, synthetic, size)
      const fullBuild = skipHugo
        ? { skipped: skipHugo }
        : await compareWithHugo(synthetic, path.join(work, `hugo-${size}`), runs)
      progress(`full build, ${size} documents`, fullBuild)
      // The caches are those the last full build of this snapshot left: as on a hub after its first build.
      const oneChange = await snapshotPublishes(synthetic, path.join(work, `publish-${size}`), runs)
      progress(`one-change publish, ${size} documents`, oneChange)
      await rm(path.join(work, `publish-${size}`), { recursive: true, force: true })
      syntheticHubs.push({
        documents: size,
        locales: 5,
        resources: counts,
        fullBuild,
        oneChangePublish: oneChange,
      })
    }

    const publishToLive = { hub: 'demo', ...(await publishLatency(runs)) }

    progress('publish to live, demo hub', publishToLive)

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
            loadAverageAtStart: load.map((value) => Number(value.toFixed(2))),
          },
          runs,
          demoHubBuild: demoBuild,
          publishToLive,
          syntheticHubs,
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
