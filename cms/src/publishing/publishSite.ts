import path from 'node:path'

import type { Payload } from 'payload'

import { exportSnapshot } from '../snapshot/exportSnapshot'
import { buildRelease, prepareReleaseBuild } from './buildRelease'
import { carriedChanges } from './carriedChanges'
import { liveRelease, pruneReleases, releaseHash } from './releases'
import { sitePaths, type SitePaths } from './sitePaths'
import { takeWaitingBuilds } from './waitingBuilds'

export type PublishStatus = 'published' | 'unchanged' | 'failed'

export type PublishResult = { status: PublishStatus; milliseconds: number; release?: string; error?: string }

type Options = {
  reason: string
  /** Who made the change that asked for the build. */
  triggeredBy?: string
  /** The public address of the page the change went to. */
  changedPage?: string
  /** Build even when the content is unchanged: the day changed what the site shows (upcoming events). */
  rebuildUnchanged?: boolean
  paths?: SitePaths
  log?: (line: string) => void
}

/**
 * Exports what is published, builds it into a new release and makes that
 * release live in one step. A failed export or build leaves the live site as
 * it was; either way the attempt is recorded in `site-builds` for the admin.
 * Nothing is rebuilt when the export finds the published content unchanged.
 * The builds waiting in the queue are taken in first: this export carries their changes.
 */
export async function publishSite(
  payload: Payload,
  {
    reason,
    triggeredBy,
    changedPage,
    rebuildUnchanged = false,
    paths = sitePaths(),
    log = () => {},
  }: Options,
) {
  const started = Date.now()
  const record = await payload.create({
    collection: 'site-builds',
    data: { status: 'running', reason, triggeredBy, changedPage, startedAt: new Date(started).toISOString() },
    overrideAccess: true,
  })
  const finish = async (result: Omit<PublishResult, 'milliseconds'>): Promise<PublishResult> => {
    const milliseconds = Date.now() - started
    // The CMS that builds at every change starts the next build now, to wait loaded for that change.
    if (await payload.config.jobs.shouldAutoRun?.(payload)) prepareReleaseBuild(paths)
    if (result.status === 'unchanged') {
      await payload.delete({ collection: 'site-builds', id: record.id, overrideAccess: true })
    } else {
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: {
          status: result.status,
          finishedAt: new Date().toISOString(),
          durationMs: milliseconds,
          release: result.release ? path.basename(result.release) : undefined,
          error: result.error,
        },
        overrideAccess: true,
      })
    }
    return { ...result, milliseconds }
  }

  try {
    const taken = await takeWaitingBuilds(payload)
    if (taken.length > 0) {
      log(`take in ${taken.length} more changes waiting for a build`)
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: carriedChanges({ reason, triggeredBy }, taken),
        overrideAccess: true,
      })
    }
    const exportStarted = Date.now()
    const { manifest, exported, reused } = await exportSnapshot(payload, {
      outDir: paths.snapshotDir,
      reuse: true,
    })
    log(
      `export snapshot: ${exported} documents exported, ${reused} unchanged, ${Date.now() - exportStarted} ms`,
    )
    const previous = await liveRelease(paths)
    if (!rebuildUnchanged && previous && releaseHash(previous) === manifest.contentHash.slice(0, 12))
      return finish({ status: 'unchanged' })
    const buildStarted = Date.now()
    const { release } = await buildRelease(paths, manifest.contentHash)
    log(`build site and search index: ${Date.now() - buildStarted} ms`)
    await pruneReleases(paths, release, previous)
    return finish({ status: 'published', release })
  } catch (error) {
    return finish({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
  }
}

let queue: Promise<unknown> = Promise.resolve()

/** One build at a time in this process: a build asked for while another runs waits its turn. */
export function publishSiteInTurn(payload: Payload, options: Options): Promise<PublishResult> {
  const next = queue.then(
    () => publishSite(payload, options),
    () => publishSite(payload, options),
  )
  queue = next
  return next
}
