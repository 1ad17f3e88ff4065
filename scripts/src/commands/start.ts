import { demoPassword, demoUsers } from '@hub/cms/demo-users'
import { ensureCmsBuilt } from '../cmsBuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cmsDir, nextBin, repoRoot } from '../paths'
import { run, startServer, stopOnSignal, supervise, waitForHttp } from '../processes'
import { build } from './build'

const hubBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hub.mjs')

/**
 * Builds the CMS if needed, loads demo content into an empty database, builds
 * the site, serves both; publishing rebuilds the site. The CMS and the site
 * server are separate processes, each restarted on its own if it stops: the
 * public site never goes down with the CMS.
 */
export async function start({ port, host, sitePort }: { port: number; host: string; sitePort: number }) {
  const env = {
    ...process.env,
    HUB_DEMO: process.env.HUB_DEMO || '1',
    // The admin's Preview button opens the site server, which asks the CMS who is signed in.
    HUB_SITE_URL: process.env.HUB_SITE_URL || `http://localhost:${sitePort}`,
    HUB_CMS_URL: process.env.HUB_CMS_URL || `http://localhost:${port}`,
  }
  await ensureCmsBuilt()
  console.log('Loading demo content (only what is missing)...')
  await run('pnpm', ['run', 'seed'], { cwd: cmsDir, env })
  console.log('Building the public site...')
  await build(env)
  const site = supervise('The public site server', () =>
    startServer(process.execPath, [hubBin, 'serve-site', '--host', host, '--site-port', String(sitePort)], {
      cwd: repoRoot,
      env,
      stopOnSignal: false,
    }),
  )
  const cms = supervise('The CMS', () =>
    startServer(nextBin, ['start', '-H', host, '-p', String(port)], {
      cwd: cmsDir,
      env: {
        ...env,
        NODE_ENV: 'production',
        SERVER_URL: process.env.SERVER_URL || `http://localhost:${port}`,
      },
      stopOnSignal: false,
    }),
  )
  const stopped = new Promise<void>((resolve) =>
    stopOnSignal(async () => {
      await Promise.all([cms.stop(), site.stop()])
      resolve()
    }),
  )
  await waitForHttp(`http://${host}:${port}/api/users/me`)
  const admin = demoUsers.find((user) => user.role === 'admin')
  console.log(
    [
      '',
      'Coalition Resource Hub is running.',
      `  CMS admin:  http://localhost:${port}/admin`,
      `  REST API:   http://localhost:${port}/api`,
      `  Public site: http://localhost:${sitePort}/  (rebuilt within seconds of every publish)`,
      `  Demo login: ${admin?.email} / ${demoPassword} (also editor@hub.example, translator@hub.example and coordinator@hub.example)`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  await stopped
}
