import { cmsDir } from '../paths'
import { run } from '../processes'

/**
 * Exports what is published in the CMS database, builds it into a new release
 * under site/releases and points site/dist at it in one step. The CMS does the
 * same by itself after every publish; this runs it now.
 */
export async function build(env: NodeJS.ProcessEnv = process.env) {
  await run('pnpm', ['run', 'publish-site'], { cwd: cmsDir, env })
}
