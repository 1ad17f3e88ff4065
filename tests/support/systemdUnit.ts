import { readFile } from 'node:fs/promises'
import { parseEnv } from 'node:util'

/** A unit file's settings: section, then key, then every value given for it, in order. */
export type Unit = Record<string, Record<string, string[]>>

/** Reads a systemd unit file: `[Section]` headers, `Key=value` lines, `#` and `;` comments. */
export function parseUnit(text: string): Unit {
  const unit: Unit = {}
  let section: Record<string, string[]> | undefined
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (!line || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(line)
    if (header) {
      section = unit[header[1]!] ??= {}
      continue
    }
    const setting = /^([A-Za-z]+)=(.*)$/.exec(line)
    if (!section || !setting) throw new Error(`Not a unit file line: ${line}`)
    ;(section[setting[1]!] ??= []).push(setting[2]!)
  }
  return unit
}

/** Splits a command line or an Environment= value into words as systemd does: by spaces, quotes grouping. */
export function splitWords(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map(
    (match) => match[1]?.replace(/\\(.)/g, '$1') ?? match[2] ?? match[3]!,
  )
}

/**
 * The environment a service gets: Environment= assignments, then the
 * EnvironmentFile= files, which override them (systemd.exec(5)).
 */
export async function serviceEnvironment(
  service: Record<string, string[]>,
  readPath: (file: string) => string = (file) => file,
): Promise<Record<string, string>> {
  const env: Record<string, string> = {}
  for (const assignment of (service.Environment ?? []).flatMap(splitWords)) {
    const equals = assignment.indexOf('=')
    env[assignment.slice(0, equals)] = assignment.slice(equals + 1)
  }
  for (const file of service.EnvironmentFile ?? [])
    Object.assign(env, parseEnv(await readFile(readPath(file), 'utf8')))
  return env
}

/** ExecStart= as the words systemd runs, with `${NAME}` replaced from the service's environment. */
export function execStart(service: Record<string, string[]>, env: Record<string, string>): string[] {
  const [command] = service.ExecStart ?? []
  if (!command) throw new Error('The unit has no ExecStart=.')
  return splitWords(command).map((word) => word.replace(/\$\{(\w+)\}/g, (_, name: string) => env[name] ?? ''))
}
