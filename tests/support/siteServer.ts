import { rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { serveStatic } from '@hub/scripts/static-server'

import { buildSite, siteBuildDir } from './siteBuild'

export type SiteServer = { url: string; dist: string; stop: () => Promise<void> }

/** Builds the site from a snapshot and serves it on 127.0.0.1, as `hub start` does. */
export async function startSite(snapshotDir: string): Promise<SiteServer> {
  const work = await siteBuildDir('serve')
  const dist = path.join(work, 'dist')
  const { code, output } = await buildSite({ snapshotDir, outDir: dist })
  if (code !== 0) throw new Error(`The site build failed:\n${output}`)
  const server = await serveStatic(dist, { host: '127.0.0.1', port: 0 })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    dist,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve))
      await rm(work, { recursive: true, force: true })
    },
  }
}
