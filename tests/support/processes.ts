import { readdir, readFile } from 'node:fs/promises'

/** The processes whose environment, as they were started with it, holds `entry` (Linux /proc). */
export async function processesWith(entry: string): Promise<number[]> {
  const found: number[] = []
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const environ = await readFile(`/proc/${name}/environ`, 'utf8').catch(() => '')
    if (environ.split('\0').includes(entry)) found.push(Number(name))
  }
  return found
}

/** Waits, a bounded while, until `holds` does; whether it did. */
export async function eventually(holds: () => Promise<boolean>, tries = 150): Promise<boolean> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (await holds()) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return false
}
