import { cmsDir } from '../paths'
import { run } from '../processes'

export async function seed() {
  await run('pnpm', ['run', 'seed'], {
    cwd: cmsDir,
    env: { ...process.env, HUB_DEMO: process.env.HUB_DEMO || '1' },
  })
}
