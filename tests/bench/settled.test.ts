import { spawn, type ChildProcess } from 'node:child_process'

import { processTree, settled } from '@hub/scripts/bench/measure-process'
import { afterEach, describe, expect, it } from 'vitest'

// Spins a core for `busyMs`, says so, then idles until killed.
const worker = (busyMs: number) => `
  const end = Date.now() + ${busyMs}
  while (Date.now() < end) Math.sqrt(Math.random())
  process.stdout.write('idle')
  setInterval(() => undefined, 60000)
`

describe('waiting for processes to settle before a publish is timed', () => {
  let child: ChildProcess | undefined
  afterEach(() => {
    child?.kill()
    child = undefined
  })

  function start(busyMs: number) {
    child = spawn(process.execPath, ['-e', worker(busyMs)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let idle = false
    child.stdout!.once('data', () => (idle = true))
    return { pid: child.pid!, isIdle: () => idle }
  }

  it('waits while a process of the tree works, and returns once it idles', async () => {
    const worker = start(2000)
    await settled(() => processTree(worker.pid))
    expect(worker.isIdle()).toBe(true)
  })

  it('says which wait ran out when the processes never settle', async () => {
    const worker = start(60000)
    await expect(settled(() => processTree(worker.pid), 2)).rejects.toThrow(
      'The processes did not settle within 2 s.',
    )
    expect(worker.isIdle()).toBe(false)
  })

  it('takes no processes as settled', async () => {
    await expect(settled(() => Promise.resolve([]), 2)).resolves.toBeGreaterThan(0)
  })
})
