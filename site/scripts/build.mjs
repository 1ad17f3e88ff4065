import { spawn } from 'node:child_process'
import module from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { takeBuildEnvironment } from './build/buildMessages.ts'

/**
 * The site build: `astro build`, then the post-build (search, script hashes,
 * compression) in a process of its own, so Astro's memory is gone before
 * Pagefind starts; that process starts with the build and loads its modules
 * while Astro works, then waits to be told Astro is done (0.2 s a publish).
 * Astro renders on one thread; beside it, the read-ahead
 * reads and compresses the files it writes on the other core. Plain
 * JavaScript, started by the CMS without pnpm or cross-env in between (0.2 to
 * 0.4 s a publish). Node's compile cache is passed on: Astro loads hundreds of
 * modules at every publish, and their compiled code is the same from one
 * publish to the next.
 *
 * Each step loads, then waits for the build's environment
 * (build/buildMessages.ts): Astro and the read-ahead get it at once, the
 * post-build when Astro is done. With `--standby` the build is started ahead
 * of its publish (by the CMS, while it is idle): its steps load, then it
 * waits for the environment itself, and runs as a build started then would.
 * It ends if its starter goes away first.
 */
const siteRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const script = (name) => path.join(siteRoot, 'scripts', name)
module.enableCompileCache()
const compileCache = module.getCompileCacheDir()
/** The environment of the build's steps: the build's own, with these. */
const stepEnv = () => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}),
})

/** Starts one step; a stop asked of the build (SIGTERM, SIGINT) is passed on to it. Resolves with its exit code. */
function run(args, { command = process.execPath, ...options } = {}) {
  const child = spawn(command, args, { cwd: siteRoot, stdio: 'inherit', env: stepEnv(), ...options })
  const passOn = (signal) => child.kill(signal)
  process.on('SIGTERM', passOn).on('SIGINT', passOn)
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => {
      process.off('SIGTERM', passOn).off('SIGINT', passOn)
      resolve(code ?? 1)
    })
  })
  return { child, exited }
}

/**
 * Starts a step that loads, says it is ready and waits for the build's environment
 * (build/buildMessages.ts); `tell` sends it a message once it is ready, and nothing once it is gone.
 */
function runStep(args, options = {}) {
  const step = run(args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...options })
  const ready = new Promise((resolve) =>
    step.child.once('message', resolve).once('exit', resolve).once('error', resolve),
  )
  const tell = async (message) => {
    await ready
    if (step.child.connected) step.child.send(message, () => undefined)
  }
  return { ...step, tell }
}

const astro = runStep([script('astroBuild.mjs')])
// At the lowest CPU priority and with one zlib thread: the read-ahead takes only what Astro leaves.
const readAheadEnv = () => ({ ...stepEnv(), UV_THREADPOOL_SIZE: '1' })
const readAhead = runStep(['-n', '19', process.execPath, '--import', 'tsx', script('readAhead.ts')], {
  command: 'nice',
  env: readAheadEnv(),
})
// Only a help: a read-ahead that fails or cannot start leaves all the work to the post-build.
const readAheadEnd = readAhead.exited.then(
  (code) => (code === 0 ? undefined : `exit code ${code}`),
  (error) => error.message,
)
// A build the CMS starts ahead (`--index-live`) also indexes the live release's pages while it waits.
const postBuild = runStep([
  '--import',
  'tsx',
  script('postBuild.ts'),
  ...process.argv.slice(2).filter((arg) => arg === '--index-live'),
])
const postBuildEnd = postBuild.exited.catch((error) => {
  console.error(`The post-build could not start: ${error.message}`)
  return 1
})
if (process.argv.includes('--standby') && !(await takeBuildEnvironment())) {
  for (const step of [astro, readAhead, postBuild]) step.child.kill()
  process.exit(1)
}
if (process.connected) process.disconnect()
void astro.tell({ env: stepEnv() })
void readAhead.tell({ env: readAheadEnv() })
const astroBuilt = await astro.exited
void readAhead.tell('stop')
const readAheadFailure = await readAheadEnd
if (readAheadFailure)
  console.warn(`The read-ahead stopped (${readAheadFailure}); the post-build reads every file itself.`)
if (astroBuilt !== 0) {
  postBuild.child.kill()
  process.exit(astroBuilt)
}
void postBuild.tell({ env: stepEnv() })
const postBuilt = await postBuildEnd
if (postBuilt !== 0) process.exit(postBuilt)
