import { spawn } from 'node:child_process'
import module, { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
 */
const siteRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const script = (name) => path.join(siteRoot, 'scripts', name)
const astroBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
)
module.enableCompileCache()
const compileCache = module.getCompileCacheDir()
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(compileCache ? { NODE_COMPILE_CACHE: compileCache } : {}),
}

/** Starts one step; a stop asked of the build (SIGTERM, SIGINT) is passed on to it. Resolves with its exit code. */
function run(args, { command = process.execPath, ...options } = {}) {
  const child = spawn(command, args, { cwd: siteRoot, stdio: 'inherit', env, ...options })
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

// At the lowest CPU priority and with one zlib thread: the read-ahead takes only what Astro leaves.
const readAhead = run(['-n', '19', process.execPath, '--import', 'tsx', script('readAhead.ts')], {
  command: 'nice',
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  env: { ...env, UV_THREADPOOL_SIZE: '1' },
})
// Only a help: a read-ahead that fails or cannot start leaves all the work to the post-build.
const readAheadEnd = readAhead.exited.then(
  (code) => (code === 0 ? undefined : `exit code ${code}`),
  (error) => error.message,
)
const postBuild = run(['--import', 'tsx', script('postBuild.ts')], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const postBuildEnd = postBuild.exited.catch((error) => {
  console.error(`The post-build could not start: ${error.message}`)
  return 1
})
const astro = await run([astroBin, 'build']).exited
if (readAhead.child.connected) readAhead.child.send('stop', () => undefined)
const readAheadFailure = await readAheadEnd
if (readAheadFailure)
  console.warn(`The read-ahead stopped (${readAheadFailure}); the post-build reads every file itself.`)
if (astro !== 0) {
  postBuild.child.kill()
  process.exit(astro)
}
if (postBuild.child.connected) postBuild.child.send('go', () => undefined)
const postBuilt = await postBuildEnd
if (postBuilt !== 0) process.exit(postBuilt)
