import { createLocalReq, type Payload } from 'payload'

import { externalLinks } from '../links/externalLinks'
import { submitForReview } from '../review/submitForReview'
import { brokenLink, organizationsUnderReview, pendingTranslation } from './data/workflow'

type SlugIds = (collection: 'organizations' | 'topics', slug: string) => number | string

/**
 * Review settings, a pending review and a broken link, each only where
 * there is none yet, so that a second run adds nothing and an admin's
 * choice of organizations is kept. Returns how many it added.
 */
export async function seedWorkflow(payload: Payload, idOf: SlugIds): Promise<number> {
  let created = 0
  const settings = await payload.findGlobal({ slug: 'review-settings', depth: 0, overrideAccess: true })
  if ((settings.organizationsUnderReview ?? []).length === 0) {
    await payload.updateGlobal({
      slug: 'review-settings',
      data: {
        organizationsUnderReview: organizationsUnderReview.map((slug) => Number(idOf('organizations', slug))),
      },
      overrideAccess: true,
    })
    created += 1
  }

  const { collection, slug, locale, translator, data } = pendingTranslation
  const id = idOf(collection, slug)
  const requested = await payload.count({
    collection: 'review-requests',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
    overrideAccess: true,
  })
  if (requested.totalDocs === 0) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: translator } },
      limit: 1,
      overrideAccess: true,
    })
    const user = { ...docs[0]!, collection: 'users' as const }
    await payload.update({ collection, id, locale, data, user, overrideAccess: false })
    const result = await submitForReview(await createLocalReq({ user, locale }, payload), {
      collection,
      id,
      locale,
    })
    if (!result.ok)
      throw new Error(`Seed: the demo translation of ${collection} "${slug}": ${result.message}`)
    created += 1
  }

  const checked = await payload.count({
    collection: 'link-checks',
    where: { url: { equals: brokenLink.url } },
    overrideAccess: true,
  })
  if (checked.totalDocs === 0) {
    const appearsIn = (await externalLinks(payload)).get(brokenLink.url)
    if (!appearsIn) throw new Error(`Seed: no published demo document links to ${brokenLink.url}.`)
    await payload.create({
      collection: 'link-checks',
      data: { ...brokenLink, state: 'unreachable', appearsIn, checkedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    created += 1
  }
  return created
}
