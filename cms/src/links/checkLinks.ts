import type { Payload } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { checkLink } from './checkLink'
import { externalLinks } from './externalLinks'
import { linkCheckAgent } from './publicAddressesOnly'

// A few at a time: polite to the sites checked, and bounded however many links there are.
const concurrency = 4

export type LinkCheckSummary = { checked: number; broken: number; redirected: number }

/**
 * Checks every external link of the published documents and records the
 * result per link, with where it appears; links no longer published are
 * forgotten. Run by the scheduled `checkLinks` job.
 */
export async function checkLinks(payload: Payload, { timeoutMs = 10_000 } = {}): Promise<LinkCheckSummary> {
  const links = [...(await externalLinks(payload))]
  const agent = linkCheckAgent({ allowPrivate: readSettings().HUB_LINK_CHECK_PRIVATE === '1', timeoutMs })
  const summary: LinkCheckSummary = { checked: 0, broken: 0, redirected: 0 }
  const checkedAt = new Date().toISOString()
  try {
    for (let start = 0; start < links.length; start += concurrency) {
      await Promise.all(
        links.slice(start, start + concurrency).map(async ([url, appearsIn]) => {
          const result = await checkLink(url, { agent, timeoutMs })
          const data = {
            url,
            state: result.state,
            httpStatus: result.httpStatus ?? null,
            finalUrl: result.finalUrl ?? null,
            reason: result.reason ?? null,
            appearsIn,
            checkedAt,
          }
          const { docs } = await payload.find({
            collection: 'link-checks',
            where: { url: { equals: url } },
            limit: 1,
            depth: 0,
            overrideAccess: true,
          })
          if (docs[0])
            await payload.update({ collection: 'link-checks', id: docs[0].id, data, overrideAccess: true })
          else await payload.create({ collection: 'link-checks', data, overrideAccess: true })
          summary.checked += 1
          if (result.state === 'broken' || result.state === 'unreachable') summary.broken += 1
          if (result.state === 'redirected') summary.redirected += 1
        }),
      )
    }
    await payload.delete({
      collection: 'link-checks',
      where: { url: { not_in: links.map(([url]) => url) } },
      overrideAccess: true,
    })
  } finally {
    await agent.close()
  }
  return summary
}
