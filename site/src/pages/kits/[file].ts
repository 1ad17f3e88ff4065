import type { APIRoute } from 'astro'

import { loadHub, loadPageKey } from '../../lib/hub'
import { kitArchive } from '../../kits/kitArchives'
import { kitZip } from '../../kits/kitCache'
import { kitFileName, kitLocales } from '../../kits/kitFiles'

/** One event kit ZIP per screening kit and language it is translated into. */
export async function getStaticPaths() {
  const [hub, pageKey] = await Promise.all([loadHub(), loadPageKey()])
  return hub['screening-kits'].flatMap((kit) => {
    const cacheKey = pageKey('screening-kits', kit)
    return kitLocales(kit).map((locale) => ({
      params: { file: kitFileName(kit.slug, locale) },
      props: { kit, locale },
      cacheKey,
    }))
  })
}

export const GET: APIRoute = async ({ props, site }) => {
  const hub = await loadHub()
  const { key } = await kitArchive(props.kit, props.locale, hub, site)
  return new Response(new Uint8Array(await kitZip(key)), { headers: { 'Content-Type': 'application/zip' } })
}
