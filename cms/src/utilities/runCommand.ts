import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Runs one command-line task (`pnpm export`, `backup`, `restore`, …) on a
 * started Payload and exits: 0 with the task's report printed, 1 when it
 * throws. An error of the `expected` class is the task's own refusal, written
 * for the person who ran it, so only its message is printed; anything else is
 * printed whole. Payload is shut down either way, before the exit.
 */
export async function runCommand(
  task: (payload: Payload) => Promise<string | void>,
  expected?: abstract new (...args: never[]) => Error,
): Promise<never> {
  const payload = await getPayload({ config })
  let exitCode = 0
  try {
    const report = await task(payload)
    if (report) console.log(report)
  } catch (error) {
    console.error(expected && error instanceof expected ? error.message : error)
    exitCode = 1
  } finally {
    await payload.destroy()
  }
  process.exit(exitCode)
}
