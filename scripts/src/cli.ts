import { parseArgs } from 'node:util'

import { readSettings } from '@hub/content-schemas/settings'

import { backup, restore } from './commands/backup'
import { bench } from './commands/bench'
import { build } from './commands/build'
import { deploy } from './commands/deploy'
import { exportSnapshot } from './commands/export'
import { lighthouseScores } from './commands/lighthouse'
import { printNginxConfig } from './commands/nginxConfig'
import { seed } from './commands/seed'
import { start } from './commands/start'
import { liveSiteDir } from './paths'
import { serveStatic } from './staticServer'

const usage = `Usage: hub <command> [options]

Commands:
  start [--port 3000] [--site-port 4321]   build the CMS if needed, load demo content into an empty database,
                                           serve the CMS, build the site and serve it
  build                                    export the snapshot, build the site into site/releases, make it live
  bench [--documents 2000] [--runs 3] [--snapshot dir]
                                           print as JSON, each the median of --runs runs: full builds (against Hugo
                                           and Pagefind when hugo is on PATH), publish-to-live latency, pages
                                           rewritten per change, page weight and first-search bytes
  lighthouse [--snapshot dir]              print Lighthouse's mobile performance and accessibility scores of one page
                                           of every kind in en, ar and th as JSON (the test fixture unless given)
  serve-site [--site-port 4321]            serve the live release (site/dist, or dist/ in HUB_PUBLISH_DIR) and
                                           editors' previews of drafts
  seed                                     load the demo content (idempotent)
  export [--out ./snapshot]                write the snapshot of everything published
  backup [--out ./backups/hub-<time>.zip]  write everything (drafts, versions, users, media, build history) to one file
  restore <backup.zip>                     restore a backup into the empty database of DATABASE_URI (and MEDIA_DIR)
  deploy --to /srv/hub/site|s3://bucket/prefix [--release the live release]
                                           copy a built release (the live one by default) to a folder (path or
                                           file:// URL) and make it live there in one atomic step, or upload
                                           what changed to a bucket (AWS_ENDPOINT_URL_S3 for S3-compatible ones)
  nginx-config --server-name hub.example.org [--listen 80] [--site-root the live release]
               [--cms http://127.0.0.1:3000] [--preview http://127.0.0.1:4321]
               [--tls-cert file --tls-key file] [--no-brotli] [--out file]
                                           print the nginx configuration for the hub on one domain (docs/DEPLOY.md)

The database is chosen by DATABASE_URI (default file:./data/hub.db in cms/).`

const settings = readSettings()
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: settings.PORT },
    host: { type: 'string', default: settings.HOST },
    out: { type: 'string' },
    documents: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    snapshot: { type: 'string' },
    'site-port': { type: 'string', default: settings.HUB_SITE_PORT },
    to: { type: 'string' },
    release: { type: 'string' },
    'server-name': { type: 'string' },
    listen: { type: 'string', default: '80' },
    'site-root': { type: 'string' },
    cms: { type: 'string', default: 'http://127.0.0.1:3000' },
    preview: { type: 'string', default: 'http://127.0.0.1:4321' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'no-brotli': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})

const [command] = positionals

try {
  if (values.help || !command) {
    console.log(usage)
  } else if (command === 'start') {
    await start({ port: Number(values.port), host: values.host, sitePort: Number(values['site-port']) })
  } else if (command === 'serve-site') {
    await serveStatic(liveSiteDir(settings), {
      host: values.host,
      port: Number(values['site-port']),
    })
    console.log(`Public site: http://${values.host}:${values['site-port']}/`)
  } else if (command === 'bench') {
    await bench({
      documents: values.documents.split(',').map(Number),
      snapshot: values.snapshot,
      runs: Number(values.runs),
    })
  } else if (command === 'lighthouse') {
    await lighthouseScores({ snapshot: values.snapshot })
  } else if (command === 'build') {
    await build()
  } else if (command === 'seed') {
    await seed()
  } else if (command === 'export') {
    await exportSnapshot({ out: values.out })
  } else if (command === 'backup') {
    await backup({ out: values.out })
  } else if (command === 'restore') {
    await restore({ file: positionals[1] })
  } else if (command === 'deploy') {
    if (!values.to) throw new Error(`deploy needs --to, the folder or bucket to deploy to.\n\n${usage}`)
    await deploy({ release: values.release ?? liveSiteDir(settings), to: values.to })
  } else if (command === 'nginx-config') {
    if (!values['server-name'])
      throw new Error(`nginx-config needs --server-name, the hub's public host name.\n\n${usage}`)
    await printNginxConfig({
      serverName: values['server-name'],
      listen: values.listen,
      siteRoot: values['site-root'],
      cms: values.cms,
      preview: values.preview,
      tlsCertificate: values['tls-cert'],
      tlsKey: values['tls-key'],
      brotli: !values['no-brotli'],
      out: values.out,
    })
  } else {
    console.error(`Unknown command "${command}".\n\n${usage}`)
    process.exitCode = 2
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
