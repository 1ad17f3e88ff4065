import { tmpdir } from 'node:os'

import { afterEach, describe, expect, it } from 'vitest'

import { freePort, startServer, supervise, waitForHttp, type Supervised } from '@hub/scripts/processes'

/** A stand-in for the CMS or the site server: a real process answering HTTP on 127.0.0.1. */
function httpProcess(name: string, port: number) {
  const script = `require('node:http').createServer((q, r) => r.end(${JSON.stringify(name)})).listen(${port}, '127.0.0.1')`
  return () =>
    startServer(process.execPath, ['-e', script], { cwd: tmpdir(), quiet: true, stopOnSignal: false })
}

const answers = async (port: number) =>
  fetch(`http://127.0.0.1:${port}/`)
    .then((response) => response.text())
    .catch(() => null)

describe('hub start keeps the CMS and the site server running on their own', () => {
  const running: Supervised[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.stop()))
  })

  it('keeps the site answering while the CMS is down, and starts the CMS again', async () => {
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const cms = supervise('cms', httpProcess('cms', cmsPort), { firstDelayMs: 200 })
    const site = supervise('site', httpProcess('site', sitePort), { firstDelayMs: 200 })
    running.push(cms, site)
    await waitForHttp(`http://127.0.0.1:${cmsPort}/`, 30)
    await waitForHttp(`http://127.0.0.1:${sitePort}/`, 30)

    const crashed = new Promise((resolve) => cms.current().child.once('exit', resolve))
    process.kill(cms.current().child.pid!, 'SIGKILL')
    await crashed
    expect(await answers(sitePort)).toBe('site')

    await waitForHttp(`http://127.0.0.1:${cmsPort}/`, 30)
    expect(await answers(cmsPort)).toBe('cms')
    expect(cms.restarts()).toBe(1)
    expect(site.restarts()).toBe(0)
  })

  it('restarts the site server when it stops, without touching the CMS', async () => {
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const cms = supervise('cms', httpProcess('cms', cmsPort), { firstDelayMs: 200 })
    const site = supervise('site', httpProcess('site', sitePort), { firstDelayMs: 200 })
    running.push(cms, site)
    await waitForHttp(`http://127.0.0.1:${sitePort}/`, 30)
    const cmsPid = cms.current().child.pid
    process.kill(site.current().child.pid!, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 100))
    await waitForHttp(`http://127.0.0.1:${sitePort}/`, 30)
    expect(await answers(sitePort)).toBe('site')
    expect(cms.current().child.pid).toBe(cmsPid)
  })

  it('gives up after a bounded number of restarts instead of looping', async () => {
    const port = await freePort()
    const failing = () =>
      startServer(process.execPath, ['-e', 'process.exit(3)'], {
        cwd: tmpdir(),
        quiet: true,
        stopOnSignal: false,
      })
    const server = supervise(`failing on ${port}`, failing, { maxRestarts: 2, firstDelayMs: 50 })
    running.push(server)
    // Three exits: two restarts (after 50 and 100 ms), then none.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(server.restarts()).toBe(2)
    expect(server.current().child.exitCode).toBe(3)
  })
})
