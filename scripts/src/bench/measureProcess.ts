import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'

/** Every process's parent and resident memory (KiB), read from /proc. */
async function processTable() {
  const processes: { pid: number; ppid: number; rssKiB: number }[] = []
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '')
    const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1]
    const vmRss = /^VmRSS:\s+(\d+)/m.exec(status)?.[1]
    if (ppid && vmRss) processes.push({ pid: Number(entry), ppid: Number(ppid), rssKiB: Number(vmRss) })
  }
  return processes
}

/** Resident memory of a process and all its descendants, in KiB. */
async function treeRss(rootPid: number): Promise<number> {
  const processes = await processTable()
  const parents = new Map(processes.map(({ pid, ppid }) => [pid, ppid]))
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid, hops = 0; current && hops < 64; hops += 1) {
      if (current === rootPid) return true
      current = parents.get(current)
    }
    return false
  }
  return processes.filter(({ pid }) => inTree(pid)).reduce((total, { rssKiB }) => total + rssKiB, 0)
}

/** Resident memory of the processes started with `entry` in their environment, in KiB. */
async function markedRss(entry: string): Promise<number> {
  let total = 0
  for (const { pid, rssKiB } of await processTable()) {
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '')
    if (environ.split('\0').includes(entry)) total += rssKiB
  }
  return total
}

/** Runs `work`, reporting its wall time and the peak memory `rss` reads meanwhile, every 200 ms. */
async function measure<Result>(work: () => Promise<Result>, rss: () => Promise<number>) {
  const started = performance.now()
  let peakKiB = 0
  const poll = setInterval(() => {
    void rss().then((kib) => (peakKiB = Math.max(peakKiB, kib)))
  }, 200)
  try {
    const result = await work()
    return {
      result,
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      peakMemoryMiB: Math.round(peakKiB / 1024),
    }
  } finally {
    clearInterval(poll)
  }
}

/**
 * Runs `work`, reporting its wall time and the peak memory of the processes started with `entry`
 * in their environment: those that run it, however and whenever they were started.
 */
export function measureMarked<Result>(entry: string, work: () => Promise<Result>) {
  return measure(work, () => markedRss(entry))
}

/** Runs a command to completion, reporting its wall time and the peak memory of its process tree. */
export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const { result: code, ...measured } = await measure(
    () => new Promise<number | null>((resolve) => child.on('exit', resolve)),
    () => treeRss(child.pid!),
  )
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`)
  return measured
}
