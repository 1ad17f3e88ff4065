import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Kit making is CPU work: one worker per core, and no more than there is to share. */
const mostWorkers = 4

/**
 * Another worker joins only when at least this many kits are left: starting one (tsx, reading the
 * snapshot) takes about a second of a core Astro is using to start. On the demo hub (7 kits) a cold
 * build took a median 10.6 s with one worker and 11.5 s with two (6 to 8 runs each, 2 cores).
 */
const joinAtKitsLeft = 16

/** What a worker says when it finds a kit to make: how many kits no worker has taken yet. */
export type MakingKits = { kitsLeft: number }

/**
 * Starts a kit worker: it reads the snapshot and takes the next kit from a
 * shared counter until none is left, so a slow kit never holds up the others.
 * When it finds a kit that is not cached and many are left, more workers join,
 * one per core; a publish whose kits are all cached reads the snapshot once,
 * not once per core. Resolves, never rejects, with how many workers ran and
 * one message per worker that failed.
 */
export async function startKitWorkers(
  site: string | undefined,
  { joinAt = joinAtKitsLeft }: { joinAt?: number } = {},
): Promise<{ workers: number; failures: string[] }> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT))
  const runs: Promise<string | undefined>[] = []
  const start = () =>
    new Promise<string | undefined>((resolve) => {
      const worker = new Worker(new URL('./kitWorker.ts', import.meta.url), {
        workerData: { site, next },
        // The worker runs this TypeScript source, outside Vite's bundle.
        execArgv: ['--import', 'tsx'],
      })
      let failure: string | undefined
      worker.on('message', ({ kitsLeft }: MakingKits) => {
        if (kitsLeft < joinAt || runs.length > 1) return
        const count = Math.min(mostWorkers, availableParallelism())
        while (runs.length < count) runs.push(start())
      })
      worker.on('error', (error) => (failure = `A kit worker failed: ${error.message}.`))
      worker.on('exit', (code) =>
        resolve(failure ?? (code === 0 ? undefined : `A kit worker stopped with exit code ${code}.`)),
      )
    })
  runs.push(start())
  const failures: string[] = []
  // Workers may join while the first ones run.
  for (let settled = 0; settled < runs.length; settled += 1) {
    const failure = await runs[settled]
    if (failure) failures.push(failure)
  }
  return { workers: runs.length, failures }
}
