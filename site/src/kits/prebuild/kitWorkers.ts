import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Kit making is CPU work: one worker per core, and no more than there is to share. */
const mostWorkers = 4

/** What a worker says when it finds a kit to make: the build has kit work for more workers. */
export const makingKits = 'making kits'

/**
 * Starts a kit worker: it reads the snapshot and takes the next kit from a
 * shared counter until none is left, so a slow kit never holds up the others.
 * When it finds a kit that is not cached, more workers join, one per core; a
 * publish whose kits are all cached reads the snapshot once, not once per core.
 * Resolves, never rejects, with one message per worker that failed.
 */
export async function startKitWorkers(site: string | undefined): Promise<string[]> {
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
      worker.on('message', (message) => {
        if (message !== makingKits || runs.length > 1) return
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
  return failures
}
