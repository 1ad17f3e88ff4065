import path from 'node:path'
import { parseArgs } from 'node:util'

import { backup, restore } from './commands/backup'
import { bench } from './commands/bench'
import { build } from './commands/build'
import { exportSnapshot } from './commands/export'
import { seed } from './commands/seed'
import { start } from './commands/start'
import { repoRoot } from './paths'
import { serveStatic } from './staticServer'

const usage = `Usage: hub <command> [options]

Commands:
  start [--port 3000] [--site-port 4321]   build the CMS if needed, load demo content into an empty database,
                                           serve the CMS, build the site and serve it
  build                                    export the snapshot, build the site into site/releases, make it live
  bench [--documents 200,2000] [--snapshot dir]
                                           print build, rebuild, publish-to-live, page weight and search figures as JSON
  serve-site [--site-port 4321]            serve the built public site (site/dist) and draft previews
  seed                                     load the demo content (idempotent)
  export [--out ./snapshot]                write the snapshot of everything published
  backup [--out ./backups/hub-<time>.zip]  write everything (drafts, versions, users, media, build history) to one file
  restore <backup.zip>                     restore a backup into the empty database of DATABASE_URI (and MEDIA_DIR)

The database is chosen by DATABASE_URI (default file:./data/hub.db in cms/).`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    out: { type: 'string' },
    documents: { type: 'string', default: '200,2000' },
    snapshot: { type: 'string' },
    'site-port': { type: 'string', default: process.env.SITE_PORT ?? '4321' },
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
    await serveStatic(path.join(repoRoot, 'site', 'dist'), {
      host: values.host,
      port: Number(values['site-port']),
    })
    console.log(`Public site: http://${values.host}:${values['site-port']}/`)
  } else if (command === 'bench') {
    await bench({ documents: values.documents.split(',').map(Number), snapshot: values.snapshot })
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
  } else {
    console.error(`Unknown command "${command}".\n\n${usage}`)
    process.exitCode = 2
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
