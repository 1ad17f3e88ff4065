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

/** The processes of `processes` that descend from `rootPid`, itself included. */
function descendants<Row extends { pid: number; ppid: number }>(processes: Row[], rootPid: number): Row[] {
  const parents = new Map(processes.map(({ pid, ppid }) => [pid, ppid]))
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid, hops = 0; current && hops < 64; hops += 1) {
      if (current === rootPid) return true
      current = parents.get(current)
    }
    return false
  }
  return processes.filter(({ pid }) => inTree(pid))
}

/** Resident memory of a process and all its descendants, in KiB. */
async function treeRss(rootPid: number): Promise<number> {
  return descendants(await processTable(), rootPid).reduce((total, { rssKiB }) => total + rssKiB, 0)
}

/** A process and all its descendants. */
export async function processTree(rootPid: number): Promise<number[]> {
  return descendants(await processTable(), rootPid).map(({ pid }) => pid)
}

/** The rows of `processes` started with `entry` in their environment. */
async function marked<Row extends { pid: number }>(processes: Row[], entry: string): Promise<Row[]> {
  const rows: Row[] = []
  for (const row of processes) {
    const environ = await readFile(`/proc/${row.pid}/environ`, 'utf8').catch(() => '')
    if (environ.split('\0').includes(entry)) rows.push(row)
  }
  return rows
}

/** The processes started with `entry` in their environment. */
export async function markedProcesses(entry: string): Promise<number[]> {
  return (await marked(await processTable(), entry)).map(({ pid }) => pid)
}

/** Resident memory of the processes started with `entry` in their environment, in KiB. */
async function markedRss(entry: string): Promise<number> {
  return (await marked(await processTable(), entry)).reduce((total, { rssKiB }) => total + rssKiB, 0)
}

/** The CPU time (user and system, in clock ticks) each of `pids` has used, from /proc. */
async function cpuTicks(pids: number[]): Promise<Map<number, number>> {
  const ticks = new Map<number, number>()
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    // The fields after the command name, which may hold spaces: the state first, utime and stime the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields.length > 12) ticks.set(pid, Number(fields[11]) + Number(fields[12]))
  }
  return ticks
}

/**
 * Waits until the processes `processes` lists have settled: over the last second they used, all
 * together, under a twentieth of a core (5 ticks of Linux's 100 a second); polled every 250 ms, for
 * at most `seconds`. Returns the seconds it waited.
 */
export async function settled(processes: () => Promise<number[]>, seconds = 120): Promise<number> {
  const started = performance.now()
  const samples: Map<number, number>[] = []
  while (performance.now() - started < seconds * 1000) {
    samples.push(await cpuTicks(await processes()))
    if (samples.length > 4) {
      const [before, now] = [samples.shift()!, samples.at(-1)!]
      let used = 0
      for (const [pid, ticks] of now) used += ticks - (before.get(pid) ?? 0)
      if (used < 5) return Number(((performance.now() - started) / 1000).toFixed(2))
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The processes did not settle within ${seconds} s.`)
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
