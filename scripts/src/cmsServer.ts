import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureCmsBuilt } from './cmsBuild'
import { cmsDir, nextBin } from './paths'
import { freePort, run, startServer, waitForHttp } from './processes'

export type CmsServer = {
  url: string
  mediaDir: string
  /** The environment the CMS runs with (its database and media folder), for commands such as the export. */
  env: NodeJS.ProcessEnv
  /** The process group the CMS runs in (its processes), to watch its memory. */
  processGroup: number
  stop: () => Promise<void>
}

/**
 * The CMS's production build served by `next start` on 127.0.0.1, on a new
 * SQLite database and media folder of its own, optionally with the demo content,
 * for tests and benchmarks.
 * `env` adds to or overrides its environment (queued jobs are off unless it turns them on).
 */
export async function startCmsServer({
  seed = false,
  env: extraEnv = {},
}: { seed?: boolean; env?: Record<string, string> } = {}): Promise<CmsServer> {
  await ensureCmsBuilt()
  const workDir = await mkdtemp(path.join(tmpdir(), 'hub-cms-'))
  const mediaDir = path.join(workDir, 'media')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(workDir, 'hub.db')}`,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    HUB_JOBS_AUTORUN: '0',
    ...extraEnv,
  }
  if (seed) await run('pnpm', ['run', 'seed'], { cwd: cmsDir, env, outputTo: 'stderr' })
  const server = startServer(nextBin, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production', SERVER_URL: extraEnv.SERVER_URL ?? url },
    quiet: true,
  })
  try {
    await waitForHttp(`${url}/api/users/me`, 120)
  } catch (error) {
    await server.stop()
    throw new Error(`${(error as Error).message}\nCMS output:\n${server.output()}`, { cause: error })
  }
  return {
    url,
    mediaDir,
    env,
    processGroup: server.child.pid!,
    stop: async () => {
      await server.stop()
      await rm(workDir, { recursive: true, force: true })
    },
  }
}
