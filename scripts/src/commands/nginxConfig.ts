import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { readSettings } from '@hub/content-schemas/settings'

import { nginxConfig } from '../deploy/nginxConfig'
import { liveSiteDir } from '../paths'
import { readScriptHashes } from '../site/securityHeaders'

export type NginxConfigOptions = {
  serverName: string
  listen: string
  siteRoot?: string
  cms: string
  preview: string
  tlsCertificate?: string
  tlsKey?: string
  brotli: boolean
  out?: string
}

/**
 * Prints (or writes) the nginx configuration for this hub. The CSP lists the
 * inline scripts of the live release, so generate it again when a release
 * changes the site's scripts (an upgrade of the hub, not a publish).
 */
export async function printNginxConfig(options: NginxConfigOptions): Promise<void> {
  if (Boolean(options.tlsCertificate) !== Boolean(options.tlsKey))
    throw new Error('Give both --tls-cert and --tls-key, or neither (plain HTTP behind another TLS proxy).')
  const siteRoot = path.resolve(options.siteRoot ?? liveSiteDir(readSettings()))
  const scriptHashes = await readScriptHashes(siteRoot)
  if (scriptHashes.length === 0)
    throw new Error(
      `${siteRoot} has no script-hashes.json: build the site first (pnpm build), then generate the configuration.`,
    )
  const config = nginxConfig({
    serverName: options.serverName,
    listen: options.listen,
    siteRoot,
    cmsUpstream: options.cms,
    previewUpstream: options.preview,
    scriptHashes,
    tls:
      options.tlsCertificate && options.tlsKey
        ? { certificate: path.resolve(options.tlsCertificate), key: path.resolve(options.tlsKey) }
        : undefined,
    maxBodyMegabytes: 64,
    brotli: options.brotli,
  })
  if (options.out) await writeFile(options.out, config)
  else process.stdout.write(config)
}
