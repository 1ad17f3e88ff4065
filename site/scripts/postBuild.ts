import { locales } from '@hub/content-schemas'

import { buildPaths } from './build/buildPaths'
import { BuiltFileFacts } from './build/builtFileFacts'
import { precompress } from './build/precompress'
import { writeScriptHashes } from './build/scriptHashes'
import { writeSearchBundles } from './build/searchBundles'

/**
 * The steps of the site build after `astro build`, in order and in one
 * process: a publish pays for one Node start, not three. A failing step
 * throws, which stops the build with its message and exit code 1.
 */
const { outDir, client, cacheDir } = buildPaths()
const facts = await BuiltFileFacts.open(cacheDir)
await writeSearchBundles({ client, cacheDir, locales, facts })
await writeScriptHashes(outDir, client, facts)
await precompress(client, cacheDir, facts)
await facts.save()
