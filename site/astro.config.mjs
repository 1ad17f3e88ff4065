import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { readSettings } from '@hub/content-schemas/settings'

// Node imports this file and these modules itself, stripping their types: their relative imports, and
// @hub/content-schemas's, name their .ts files. Were one not to load, Astro would start a Vite server to
// load the config, half a second of every publish (src/integrations/nativeConfig.test.ts).
import { buildPaths } from './scripts/build/buildPaths.ts'
import { kitPrebuild } from './src/integrations/kitPrebuild.ts'
import { releaseSnapshot } from './src/integrations/releaseSnapshot.ts'

const settings = readSettings()

const siteRoot = path.dirname(fileURLToPath(import.meta.url))
const snapshotDir = path.resolve(settings.HUB_SNAPSHOT_DIR || path.join(siteRoot, '..', 'snapshot'))
// Pages and kit downloads read media files at build time from bundled code: give them an absolute path.
process.env.HUB_SNAPSHOT_DIR = snapshotDir
const { outDir, cacheDir } = buildPaths()
// Kits made by this build are kept with its other caches, for the kit workers and the pages alike.
process.env.SITE_KITS_CACHE_DIR = path.join(cacheDir, 'kits')
// Astro's key encrypts server islands' props; the site has none, and a new random key per build
// would make two builds of one snapshot differ. A fixed key keeps releases byte for byte reproducible.
process.env.ASTRO_KEY ||= createHash('sha256').update('coalition-resource-hub').digest('base64')

export default defineConfig({
  // The public address (HUB_SITE_URL, as `hub start` and the CMS know it): canonical links, the sitemap and kits print it.
  site: settings.HUB_SITE_URL,
  output: 'static',
  outDir,
  // Caches belong to one output directory (see scripts/build/buildPaths.ts).
  cacheDir,
  trailingSlash: 'always',
  // Pages are small; inlining CSS saves a request on slow connections. Sixteen pages at a time:
  // rendering waits on file writes much of the time, and a page restored from the last build is
  // file system work only (a folder and a hard link). Against four, at 2,000 documents on 2 cores:
  // Astro's part of a full build 39 and 44 s instead of 44 and 47 s, of a one-change publish 7.8 s
  // instead of 8.4 s (5 in turn); 32 did no better.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 16 },
  // A page whose getStaticPaths entry keeps its cacheKey (src/lib/pageKeys.ts) and whose code is
  // unchanged is restored from the last build into the same outDir instead of rendered again.
  experimental: { incrementalBuild: true },
  integrations: [mdx(), kitPrebuild(), releaseSnapshot()],
  // Every page is prerendered except the editors' preview of drafts, which the hub's server renders on request.
  adapter: node({ mode: 'middleware' }),
  devToolbar: { enabled: false },
  // Media files of the snapshot are imported through this alias so astro:assets can resize them.
  vite: {
    resolve: { alias: { '@snapshot': snapshotDir } },
    // Bundled scripts stay files of the site's own, which the CSP allows by 'self', rather than inline
    // scripts each needing a hash; other small assets are inlined as Vite decides.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
})
