import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'

/** A built release, resolved through the live link: the folder itself and its `client/` folder readers get. */
export type BuiltRelease = { dir: string; client: string }

/** Checks that `release` is a built site before anything is copied or uploaded from it. */
export async function builtRelease(release: string): Promise<BuiltRelease> {
  const dir = await realpath(release).catch(() => {
    throw new Error(`There is no built release at ${release}: build the site first (pnpm build).`)
  })
  const client = path.join(dir, 'client')
  if (!(await stat(client).catch(() => undefined))?.isDirectory())
    throw new Error(
      `${dir} is not a built release (it has no client/ folder): build the site first (pnpm build).`,
    )
  return { dir, client }
}
