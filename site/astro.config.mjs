import path from 'node:path'
import { fileURLToPath } from 'node:url'

import mdx from '@astrojs/mdx'
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { readSettings } from '@hub/content-schemas/settings'

const settings = readSettings()

const siteRoot = path.dirname(fileURLToPath(import.meta.url))
const snapshotDir = path.resolve(settings.HUB_SNAPSHOT_DIR || path.join(siteRoot, '..', 'snapshot'))
// Pages and kit downloads read media files at build time from bundled code: give them an absolute path.
process.env.HUB_SNAPSHOT_DIR = snapshotDir

export default defineConfig({
  // The public address (HUB_SITE_URL, as `hub start` and the CMS know it): canonical links, the sitemap and kits print it.
  site: settings.HUB_SITE_URL,
  output: 'static',
  outDir: settings.HUB_SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Pages are small; inlining CSS saves a request on slow connections.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
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
