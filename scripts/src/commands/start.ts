import { demoPassword, demoUsers } from '@hub/cms/demo-users'
import { ensureCmsBuilt } from '../cmsBuild'
import { cmsDir, nextBin } from '../paths'
import { run, startServer, waitForHttp } from '../processes'

/** Builds the CMS if needed, loads the demo content into an empty database, and serves the CMS. */
export async function start({ port, host }: { port: number; host: string }) {
  const env = { ...process.env, HUB_DEMO: process.env.HUB_DEMO ?? '1' }
  await ensureCmsBuilt()
  console.log('Loading demo content (only what is missing)...')
  await run('pnpm', ['run', 'seed'], { cwd: cmsDir, env })
  const server = startServer(nextBin, ['start', '-H', host, '-p', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production', SERVER_URL: process.env.SERVER_URL ?? `http://localhost:${port}` },
  })
  await waitForHttp(`http://${host}:${port}/api/users/me`)
  const admin = demoUsers.find((user) => user.role === 'admin')
  console.log(
    [
      '',
      'Coalition Resource Hub is running.',
      `  CMS admin:  http://localhost:${port}/admin`,
      `  REST API:   http://localhost:${port}/api`,
      `  Demo login: ${admin?.email} / ${demoPassword} (also editor@hub.example and translator@hub.example)`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  await new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
}
