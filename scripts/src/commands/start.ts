import { demoPassword, demoUsers } from '@hub/cms/demo-users'
import { ensureCmsBuilt } from '../cmsBuild'
import path from 'node:path'

import { cmsDir, nextBin, repoRoot } from '../paths'
import { run, startServer, waitForHttp } from '../processes'
import { serveStatic } from '../staticServer'
import { build } from './build'

/** Builds the CMS if needed, loads demo content into an empty database, builds the site, serves both; publishing rebuilds the site. */
export async function start({ port, host, sitePort }: { port: number; host: string; sitePort: number }) {
  const env = {
    ...process.env,
    HUB_DEMO: process.env.HUB_DEMO ?? '1',
    // The admin's Preview button opens the site server, which asks the CMS who is signed in.
    HUB_SITE_URL: process.env.HUB_SITE_URL ?? `http://localhost:${sitePort}`,
  }
  process.env.HUB_CMS_URL ??= `http://localhost:${port}`
  await ensureCmsBuilt()
  console.log('Loading demo content (only what is missing)...')
  await run('pnpm', ['run', 'seed'], { cwd: cmsDir, env })
  console.log('Building the public site...')
  await build(env)
  const server = startServer(nextBin, ['start', '-H', host, '-p', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production', SERVER_URL: process.env.SERVER_URL ?? `http://localhost:${port}` },
  })
  let site
  try {
    await waitForHttp(`http://${host}:${port}/api/users/me`)
    site = await serveStatic(path.join(repoRoot, 'site', 'dist'), { host, port: sitePort })
  } catch (error) {
    await server.stop()
    throw error
  }
  server.child.once('exit', () => site.close())
  const admin = demoUsers.find((user) => user.role === 'admin')
  console.log(
    [
      '',
      'Coalition Resource Hub is running.',
      `  CMS admin:  http://localhost:${port}/admin`,
      `  REST API:   http://localhost:${port}/api`,
      `  Public site: http://localhost:${sitePort}/  (rebuilt within seconds of every publish)`,
      `  Demo login: ${admin?.email} / ${demoPassword} (also editor@hub.example and translator@hub.example)`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  await new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
}
