import { execFile } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const siteRoot = path.resolve(import.meta.dirname, '..', '..')

describe('the Astro config', () => {
  // Astro imports its config with Node first and, when that fails, starts a Vite server to load it:
  // half a second of every build, every publish included. Node loads TypeScript by stripping its
  // types, so every relative import in the config's files names its .ts file.
  it('loads in Node as it is, with its integrations and what they import, without Vite', async () => {
    const config = pathToFileURL(path.join(siteRoot, 'astro.config.mjs')).href
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { default: c } = await import(${JSON.stringify(config)})
        console.log(c.integrations.map((integration) => integration.name).join(' '))`,
      ],
      {
        cwd: siteRoot,
        env: {
          PATH: process.env.PATH,
          HUB_SNAPSHOT_DIR: path.join(siteRoot, '..', 'tests', 'fixtures', 'snapshot'),
        },
      },
    )
    expect(stdout.trim().split(' ')).toEqual(
      expect.arrayContaining(['@astrojs/mdx', 'hub:kit-prebuild', 'hub:release-snapshot']),
    )
  })
})
