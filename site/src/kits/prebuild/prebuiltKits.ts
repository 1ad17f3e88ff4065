// On globalThis because two copies of this module run in one build: the integration's, loaded with
// astro.config.mjs, and the one bundled into the pages (Astro shares its image list the same way).
const prebuild = Symbol.for('@hub/site:kit-prebuild')

type Holder = { [prebuild]?: Promise<void> }

/** Says that kit workers are making the build's kits, done when `made` settles. */
export function announceKitPrebuild(made: Promise<void>): void {
  ;(globalThis as Holder)[prebuild] = made
}

/**
 * Settles when the kit workers this build started have finished, or at once
 * where none were started (the preview server, `astro dev`, tests).
 */
export function kitsPrebuilt(): Promise<void> {
  return (globalThis as Holder)[prebuild] ?? Promise.resolve()
}
