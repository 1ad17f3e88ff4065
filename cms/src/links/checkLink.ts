import { fetch, type Agent } from 'undici'

export type LinkResult = {
  state: 'ok' | 'redirected' | 'broken' | 'unreachable'
  /** The last HTTP status received, if any. */
  httpStatus?: number
  /** Where the redirects ended, when the link redirects. */
  finalUrl?: string
  /** In words an editor understands: what is wrong and what to do. */
  reason?: string
}

const maxRedirects = 5
// Some servers answer HEAD wrongly; these statuses mean "ask again with GET".
const headRefused = new Set([400, 403, 404, 405, 406, 429, 500, 501, 503])

async function ask(url: string, method: 'HEAD' | 'GET', agent: Agent, timeoutMs: number) {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    dispatcher: agent,
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'CoalitionResourceHub-LinkChecker/1 (+checks links in published pages)' },
  })
  // Only the status matters; the body is not read.
  await response.body?.cancel().catch(() => {})
  return response
}

function unreachable(error: unknown): LinkResult {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const code = cause?.code ?? (error as { name?: string }).name
  if (code === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    return {
      state: 'unreachable',
      reason: 'The site did not answer in time. Try the link yourself; if it stays silent, replace it.',
    }
  }
  if (code === 'ENOTFOUND')
    return {
      state: 'unreachable',
      reason: 'No such web address: the domain does not exist. Check the spelling or replace the link.',
    }
  if (code === 'ENOTPUBLIC')
    return {
      state: 'unreachable',
      reason:
        'The link points to a private or local address, which readers cannot reach. Use the public web address.',
    }
  return {
    state: 'unreachable',
    reason: `The site could not be reached (${cause?.message ?? code ?? 'connection failed'}). Try the link yourself; if it stays down, replace it.`,
  }
}

/**
 * Checks one external link the way a reader's browser would reach it: HEAD
 * first, GET when HEAD is refused, redirects followed (at most five) and
 * reported with where they end, a loop or a dead end reported as broken.
 */
export async function checkLink(
  url: string,
  { agent, timeoutMs }: { agent: Agent; timeoutMs: number },
): Promise<LinkResult> {
  const seen = new Set<string>()
  let current = url
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    if (seen.has(current))
      return {
        state: 'broken',
        finalUrl: current,
        reason:
          'The link redirects in a loop and never reaches a page. Replace it with the page’s current address.',
      }
    seen.add(current)
    let response
    try {
      response = await ask(current, 'HEAD', agent, timeoutMs)
      if (headRefused.has(response.status)) response = await ask(current, 'GET', agent, timeoutMs)
    } catch (error) {
      return unreachable(error)
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).toString()
      continue
    }
    if (response.status >= 400) {
      return {
        state: 'broken',
        httpStatus: response.status,
        ...(current !== url ? { finalUrl: current } : {}),
        reason:
          response.status === 404 || response.status === 410
            ? 'The page is gone (not found). Find where it moved, or remove the link.'
            : `The site answered with an error (HTTP ${response.status}). Try the link yourself; if it stays broken, replace it.`,
      }
    }
    if (current === url) return { state: 'ok', httpStatus: response.status }
    return {
      state: 'redirected',
      httpStatus: response.status,
      finalUrl: current,
      reason: 'The link works but redirects. Consider linking to where it ends.',
    }
  }
  return {
    state: 'broken',
    finalUrl: current,
    reason: `The link redirects more than ${maxRedirects} times. Replace it with the page’s current address.`,
  }
}
