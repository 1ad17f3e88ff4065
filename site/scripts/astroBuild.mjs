import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { readSnapshotAhead } from '../src/loaders/readSnapshot.ts'
import { snapshotDir } from '../src/loaders/snapshotDir.ts'
import { takeBuildEnvironment } from './build/buildMessages.ts'

/**
 * `astro build`, loaded before it is asked for: Astro's CLI and the modules
 * its build and the site's config import are loaded first, then the step
 * waits for the build's environment (build/buildMessages.ts). Started ahead
 * of a publish (`build.mjs --standby`), a build skips the 0.6 to 0.9 s of
 * loading; the config, which reads the environment, is loaded after.
 */
const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'))
const astroFile = (file) => pathToFileURL(path.join(astroDir, file)).href

// The CLI itself, what its build command imports, and the config's own modules.
const [{ cli }] = await Promise.all([
  import(astroFile('dist/cli/index.js')),
  import(astroFile('dist/cli/build/index.js')),
  import('astro'),
  import('astro/config'),
  import('@astrojs/mdx'),
  import('@astrojs/node'),
  import('@hub/content-schemas/settings'),
  import('./build/buildPaths.ts'),
  import('../src/integrations/kitPrebuild.ts'),
  import('../src/integrations/releaseSnapshot.ts'),
])
// Only the config is left for Astro to evaluate, once the build's environment has come. Meanwhile the
// snapshot is read as it is: the pages then read only the files the publish exported again.
const environment = takeBuildEnvironment()
readSnapshotAhead(snapshotDir())
if (!(await environment)) process.exit(1)
process.disconnect()
await cli([process.execPath, path.join(astroDir, 'bin', 'astro.mjs'), 'build'])
