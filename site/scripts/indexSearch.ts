import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readSettings } from '@hub/content-schemas/settings'

import * as pagefind from 'pagefind'

/**
 * Indexes the built site with Pagefind's Node API. Pagefind makes one index per
 * `<html lang>`, so a reader searching in Thai searches the Thai pages. The
 * search page has a form of its own on Pagefind's JavaScript API
 * (components/search), searching without a worker: Pagefind's ready-made
 * interfaces, its highlighter and its worker are left out of the release.
 */
// With the Node adapter, the static files readers get are in client/; server/ renders previews.
const dist = path.join(
  path.resolve(
    readSettings().HUB_SITE_OUT_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'),
  ),
  'client',
)

const { index, errors } = await pagefind.createIndex({})
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: dist })
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`)
const bundle = path.join(dist, 'pagefind')
const written = await index.writeFiles({ outputPath: bundle })
if (written.errors.length > 0)
  throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
const unused = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./
for (const file of await readdir(bundle)) if (unused.test(file)) await rm(path.join(bundle, file))
console.log(`Search index: ${added.page_count} pages.`)
await pagefind.close()
