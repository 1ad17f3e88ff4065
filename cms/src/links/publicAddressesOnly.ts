import { lookup } from 'node:dns'
import type { LookupFunction } from 'node:net'

import ipaddr from 'ipaddr.js'
import { Agent, buildConnector } from 'undici'

/** Whether an address is on the public internet, not this machine, its network or the cloud's metadata service. */
export function isPublicAddress(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast'
}

function notPublic(host: string, address: string): Error {
  return Object.assign(new Error(`${host} is ${address}, which is not a public address`), {
    code: 'ENOTPUBLIC',
  })
}

/**
 * Connections for the link checker. A link is whatever an editor typed, so a
 * hostile account could point it at the database, the admin on localhost or
 * 169.254.169.254: the address a name resolves to is checked at connect time
 * (not before, which a rebinding DNS server could defeat), and anything not
 * public is refused unless `allowPrivate` (tests on loopback) says otherwise.
 */
export function linkCheckAgent({
  allowPrivate,
  timeoutMs,
}: {
  allowPrivate: boolean
  timeoutMs: number
}): Agent {
  const guardedLookup: LookupFunction = (hostname, options, callback) =>
    lookup(hostname, { ...options, all: false }, (error, address, family) => {
      if (error) return callback(error, '', 0)
      if (!allowPrivate && !isPublicAddress(address as string)) {
        return callback(notPublic(hostname, address as string), '', 0)
      }
      callback(null, address as string, family)
    })
  const connector = buildConnector({ lookup: guardedLookup, timeout: timeoutMs })
  return new Agent({
    // An address written as digits is connected to without a lookup, so it is checked here.
    connect: (options, callback) => {
      const host = options.hostname.replace(/^\[|\]$/g, '')
      if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) {
        return callback(notPublic(host, host), null)
      }
      connector(options, callback)
    },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  })
}
