import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'

/** Resident memory of a process and all its descendants, in KiB, read from /proc. */
async function treeRss(rootPid: number): Promise<number> {
  const parents = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '')
    const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1]
    const vmRss = /^VmRSS:\s+(\d+)/m.exec(status)?.[1]
    if (ppid) parents.set(Number(entry), Number(ppid))
    if (vmRss) rss.set(Number(entry), Number(vmRss))
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid, hops = 0; current && hops < 64; hops += 1) {
      if (current === rootPid) return true
      current = parents.get(current)
    }
    return false
  }
  let total = 0
  for (const [pid, kib] of rss) if (inTree(pid)) total += kib
  return total
}

/** Runs a command to completion, reporting its wall time and the peak memory of its process tree. */
export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) {
  const started = performance.now()
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  let peakKiB = 0
  const poll = setInterval(() => {
    void treeRss(child.pid!).then((kib) => (peakKiB = Math.max(peakKiB, kib)))
  }, 200)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(poll)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`)
  return {
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    peakMemoryMiB: Math.round(peakKiB / 1024),
  }
}
