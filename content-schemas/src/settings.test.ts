import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { readSettings, settingDefinitions } from './settings.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const listed = settingDefinitions.map(({ name, default: value, meaning }) => ({
  name,
  default: value,
  meaning,
}))

/** `# meaning` followed by `NAME=default`, as .env.example writes each setting. */
function parseEnvExample(text: string) {
  const lines = text.split('\n')
  return lines.flatMap((line, index) => {
    const assignment = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (!assignment) return []
    const comment = lines[index - 1] ?? ''
    return [{ name: assignment[1], default: assignment[2], meaning: comment.replace(/^# /, '') }]
  })
}

/** The rows of the README's settings table: `NAME`, `default` and meaning. */
function parseReadmeTable(text: string) {
  const section = text.split(/^## /m).find((part) => part.startsWith('Settings\n')) ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [name = '', value = '', meaning = ''] = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
      return { name: name.replace(/`/g, ''), default: value.replace(/`/g, ''), meaning }
    })
}

describe('the settings', () => {
  it('are listed in .env.example with the defaults and meanings the settings module has', () => {
    expect(parseEnvExample(readFileSync(path.join(repoRoot, '.env.example'), 'utf8'))).toEqual(listed)
  })

  it("are listed in the README's table as in the settings module", () => {
    expect(parseReadmeTable(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))).toEqual(listed)
  })

  it('notice a setting missing from .env.example or a changed default', () => {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
    expect(parseEnvExample(example.replace(/^HUB_CMS_URL=.*\n/m, ''))).not.toEqual(listed)
    expect(
      parseEnvExample(example.replace('HUB_SITE_URL=http://localhost:4321', 'HUB_SITE_URL=x')),
    ).not.toEqual(listed)
  })

  it('apply the defaults when a variable is unset or empty', () => {
    const settings = readSettings({ HUB_SITE_URL: '', HUB_SNAPSHOT_DIR: '/srv/snapshot' })
    expect(settings.HUB_SITE_URL).toBe('http://localhost:4321')
    expect(settings.HUB_JOBS_AUTORUN).toBe('1')
    expect(settings.HUB_SNAPSHOT_DIR).toBe('/srv/snapshot')
  })

  it('refuse a bad value with the variable and what to do, hiding passwords', () => {
    expect(() => readSettings({ HUB_CMS_URL: 'localhost:3000' })).toThrow(
      /HUB_CMS_URL="localhost:3000" is not valid: Give an absolute http:\/\/ or https:\/\/ address/,
    )
    expect(() => readSettings({ HUB_JOBS_AUTORUN: 'yes' })).toThrow(
      /HUB_JOBS_AUTORUN="yes".*Use 1 \(on\) or 0/,
    )
    const refused = () => readSettings({ DATABASE_URI: 'mysql://hub:topsecret@db/hub' })
    expect(refused).toThrow(/DATABASE_URI="mysql:\/\/\*\*\*@db\/hub" is not valid/)
    expect(refused).not.toThrow(/topsecret/)
  })
})
