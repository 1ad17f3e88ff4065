import { locales } from '@hub/content-schemas'

import { takeBuildEnvironment } from './build/buildMessages'
import { buildPaths } from './build/buildPaths'
import { BuiltFileFacts } from './build/builtFileFacts'
import { listBuiltFiles } from './build/builtFiles'
import { precompress } from './build/precompress'
import { indexLiveRelease } from './build/liveIndexes'
import { writeScriptHashes } from './build/scriptHashes'
import { writeSearchBundles } from './build/searchBundles'

/**
 * The steps of the site build after `astro build`, in one process: a publish
 * pays for one Node start, not three. Pagefind indexes in a process of its
 * own, so the pages' scripts are hashed and the pages compressed meanwhile,
 * on the other core. A failing step throws, which stops the build with its
 * message and exit code 1.
 */
// Started ahead of its publish, it indexes the live release's pages meanwhile (build/liveIndexes.ts).
const live = process.argv.includes('--index-live')
  ? indexLiveRelease(buildPaths().client, locales)
  : undefined
// Started by build.mjs with the build, its modules loaded meanwhile: it begins when given the build's
// environment, once Astro is done, and ends without a word when the build ends first.
if (process.send) {
  if (!(await takeBuildEnvironment())) process.exit(0)
  process.disconnect()
}
const { outDir, client, cacheDir } = buildPaths()
const facts = await BuiltFileFacts.open(cacheDir, { settled: true })
const files = listBuiltFiles(client)
// Live indexes still being read when Astro is done hold up the search bundles only, not the other steps.
const searchBundles = Promise.resolve(live).then((indexes) =>
  writeSearchBundles({ client, cacheDir, files, locales, facts, live: indexes }),
)
await Promise.all([
  searchBundles,
  writeScriptHashes(outDir, client, files, facts),
  precompress({ client, cacheDir, files, facts, searchBundles }),
])
await facts.save()
