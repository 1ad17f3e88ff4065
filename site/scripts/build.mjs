import { spawn } from 'node:child_process'
import module, { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The site build: `astro build`, then the post-build (search, script hashes,
 * compression) in a process of its own, so Astro's memory is gone before
 * Pagefind starts. Plain JavaScript, started by the CMS without pnpm or
 * cross-env in between (0.2 to 0.4 s a publish). Node's compile cache is
 * passed on: Astro loads hundreds of modules at every publish, and their
 * compiled code is the same from one publish to the next.
 */
const siteRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
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
const steps = [
  [astroBin, 'build'],
  ['--import', 'tsx', path.join(siteRoot, 'scripts', 'postBuild.ts')],
]
/** Runs one step; a stop asked of the build (SIGTERM, SIGINT) is passed on to it. Resolves with its exit code. */
function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: siteRoot, stdio: 'inherit', env })
    const passOn = (signal) => child.kill(signal)
    process.on('SIGTERM', passOn).on('SIGINT', passOn)
    child.on('error', reject)
    child.on('exit', (code) => {
      process.off('SIGTERM', passOn).off('SIGINT', passOn)
      resolve(code ?? 1)
    })
  })
}

for (const args of steps) {
  const code = await run(args)
  if (code !== 0) process.exit(code)
}
