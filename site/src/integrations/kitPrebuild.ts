import type { AstroIntegration } from 'astro'

import { announceKitPrebuild } from '../kits/prebuild/prebuiltKits.ts'
import { startKitWorkers } from '../kits/prebuild/kitWorkers.ts'

/**
 * Makes the build's kits in worker threads from the moment `astro build`
 * starts, on the cores Astro leaves idle while it bundles and renders pages;
 * the kit pages and downloads then find each kit in the kit cache. A kit the
 * workers could not make is made by its page, which reports why it failed.
 */
export function kitPrebuild(): AstroIntegration {
  return {
    name: 'hub:kit-prebuild',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return
        announceKitPrebuild(
          startKitWorkers(config.site).then(({ failures }) => {
            for (const failure of failures) logger.warn(`${failure} The kit pages make the kits left.`)
          }),
        )
      },
    },
  }
}
