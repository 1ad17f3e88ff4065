import { locales } from '@hub/content-schemas'

import { buildPaths } from './build/buildPaths'
import { BuiltFileFacts } from './build/builtFileFacts'
import { listBuiltFiles } from './build/builtFiles'
import { precompress } from './build/precompress'
import { writeScriptHashes } from './build/scriptHashes'
import { writeSearchBundles } from './build/searchBundles'

/**
 * The steps of the site build after `astro build`, in one process: a publish
 * pays for one Node start, not three. Pagefind indexes in a process of its
 * own, so the pages' scripts are hashed and the pages compressed meanwhile,
 * on the other core. A failing step throws, which stops the build with its
 * message and exit code 1.
 */
const { outDir, client, cacheDir } = buildPaths()
const facts = await BuiltFileFacts.open(cacheDir, { settled: true })
const files = listBuiltFiles(client)
const searchBundles = writeSearchBundles({ client, cacheDir, files, locales, facts })
await Promise.all([
  searchBundles,
  writeScriptHashes(outDir, client, files, facts),
  precompress({ client, cacheDir, files, facts, searchBundles }),
])
await facts.save()
