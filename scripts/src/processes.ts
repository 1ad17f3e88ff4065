import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/**
 * Runs a command to completion with inherited output; rejects with its exit code. `outputTo: 'stderr'`
 * sends its standard output to this process's standard error: a command whose own output is data
 * (the bench's JSON) keeps it clean of the logs of what it starts.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; outputTo?: 'stdout' | 'stderr' },
) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['inherit', options.outputTo === 'stderr' ? 2 : 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`}).`)),
    )
  })
}

export type Server = {
  child: ChildProcess
  /** The last lines the server printed, kept when it runs quietly. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts a long-running server in its own process group, so that stopping it
 * also stops whatever it spawned, and stops it when this process is stopped
 * (unless `stopOnSignal` is false: a supervisor stops it then).
 */
export function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean; stopOnSignal?: boolean },
): Server {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: true,
  })
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n'))
    lines.splice(0, Math.max(0, lines.length - 200))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // Already gone.
    }
    await exited
  }
  if (options.stopOnSignal !== false) stopOnSignal(stop)
  return { child, output: () => lines.join('\n'), stop }
}

/** Runs `stop` when this process is interrupted or terminated, then exits. */
export function stopOnSignal(stop: () => Promise<void>): void {
  process.once('SIGINT', () => void stop().then(() => process.exit(130)))
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)))
}

export type Supervised = {
  /** The server as it runs now (a restart replaces it). */
  current: () => Server
  /** How many times it has been restarted. */
  restarts: () => number
  stop: () => Promise<void>
}

/**
 * Keeps a server running on its own: when it exits without being asked to, it
 * is started again after a pause that doubles each time (1 s, 2 s, 4 s, up to
 * 30 s), at most `maxRestarts` times within `windowMs`; after that it stays
 * down and says so, rather than restarting in a loop. Whatever else runs is
 * not touched.
 */
export function supervise(
  name: string,
  start: () => Server,
  { maxRestarts = 5, windowMs = 10 * 60_000, firstDelayMs = 1000, maxDelayMs = 30_000 } = {},
): Supervised {
  let stopping = false
  let server = start()
  let total = 0
  let timer: NodeJS.Timeout | undefined
  const recent: number[] = []
  const watch = (running: Server) =>
    running.child.once('exit', (code, signal) => {
      if (stopping) return
      const now = Date.now()
      while (recent.length > 0 && recent[0]! < now - windowMs) recent.shift()
      const why = signal ?? `exit code ${code}`
      if (recent.length >= maxRestarts) {
        console.error(
          `[hub] ${name} stopped (${why}) after ${maxRestarts} restarts within ${windowMs / 60_000} minutes; leaving it stopped. Its last output:\n${running.output()}`,
        )
        return
      }
      const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** recent.length)
      recent.push(now)
      console.error(`[hub] ${name} stopped (${why}); starting it again in ${delay / 1000} s.`)
      timer = setTimeout(() => {
        if (stopping) return
        total += 1
        server = start()
        watch(server)
      }, delay)
    })
  watch(server)
  return {
    current: () => server,
    restarts: () => total,
    stop: async () => {
      stopping = true
      clearTimeout(timer)
      await server.stop()
    },
  }
}

/** Polls a URL until it answers (any status below 500), at most `attempts` times, one second apart. */
export async function waitForHttp(url: string, attempts = 180): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${attempts} seconds; see the server output above.`)
}

/** A TCP port on 127.0.0.1 that nothing listens on now, for a server a test or benchmark starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
