import { parentPort, workerData } from 'node:worker_threads'

import { hubFromSnapshot } from '../../lib/hubData'
import { readSnapshot } from '../../loaders/readSnapshot'
import { snapshotDir } from '../../loaders/snapshotDir'
import { makeOrReuseKit } from '../kitArchives'
import { kitLocales } from '../kitFiles'
import type { MakingKits } from './kitWorkers'

const { site, next } = workerData as { site: string | undefined; next: Int32Array }

const hub = hubFromSnapshot(await readSnapshot(snapshotDir()))
const jobs = hub['screening-kits'].flatMap((kit) => kitLocales(kit).map((locale) => ({ kit, locale })))

for (let job = Atomics.add(next, 0, 1); job < jobs.length; job = Atomics.add(next, 0, 1)) {
  const { kit, locale } = jobs[job]!
  const { milliseconds } = await makeOrReuseKit(kit, locale, hub, site ? new URL(site) : undefined, () =>
    parentPort!.postMessage({ kitsLeft: jobs.length - Atomics.load(next, 0) } satisfies MakingKits),
  )
  if (milliseconds !== undefined)
    console.info(`[kits] ${kit.slug}-${locale}.zip made in ${Math.round(milliseconds)} ms, before the pages`)
}
