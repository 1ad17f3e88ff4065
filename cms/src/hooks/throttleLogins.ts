import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

/**
 * Failed logins are throttled per client address, not by locking the account:
 * a lock on the account would let anyone who knows an editor's e-mail keep them
 * out. Within ten minutes an address gets 5 tries at one account and 30 in all;
 * an account takes 100 tries from all addresses together (the backstop against
 * guessing spread over many addresses). A refused login gets the same answer as
 * a wrong password or an unknown e-mail, and an unknown e-mail costs the same
 * password hashing as a known one, so neither tells which accounts exist.
 *
 * The address is the last X-Forwarded-For entry: the peer Next.js saw, or the
 * one a reverse proxy that appends to the header saw. Counts live in the CMS
 * process and start afresh when it restarts.
 */
const windowMs = 10 * 60 * 1000
const limits = { pair: 5, address: 30, account: 100 }
const maxTrackedKeys = 50_000

// Payload's password hashing (pbkdf2-sha256-v1: 600,000 rounds, 32 bytes).
const hashRounds = 600_000
const hashBytes = 32
const hash = promisify(pbkdf2)

const attempts = new Map<string, number[]>()

function recent(key: string, now: number): number[] {
  const kept = (attempts.get(key) ?? []).filter((time) => time > now - windowMs)
  if (kept.length > 0) attempts.set(key, kept)
  else attempts.delete(key)
  return kept
}

function record(key: string, now: number): void {
  const kept = recent(key, now)
  attempts.delete(key)
  attempts.set(key, [...kept, now])
  // The keys come from the requests: the oldest go first once there are too many.
  while (attempts.size > maxTrackedKeys) attempts.delete(attempts.keys().next().value!)
}

function clientAddress(req: PayloadRequest): string {
  const forwarded = req.headers?.get('x-forwarded-for') ?? ''
  return forwarded.split(',').pop()?.trim() || 'local'
}

function keysOf(req: PayloadRequest, email: string) {
  const address = clientAddress(req)
  return { pair: `pair:${address}:${email}`, address: `address:${address}`, account: `account:${email}` }
}

export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const email = String(data.email ?? '')
    .trim()
    .toLowerCase()
  const keys = keysOf(req, email)
  const now = Date.now()
  if (
    recent(keys.pair, now).length >= limits.pair ||
    recent(keys.address, now).length >= limits.address ||
    recent(keys.account, now).length >= limits.account
  ) {
    throw new AuthenticationError(req.t)
  }
  for (const key of Object.values(keys)) record(key, now)
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0)
    await hash(String(data.password ?? ''), randomBytes(32), hashRounds, hashBytes, 'sha256')
  return args
}

/** A successful login forgets that address's tries at the account. */
export const forgetLoginAttempts: CollectionAfterLoginHook = ({ req, user }) => {
  const keys = keysOf(req, String((user as { email?: string }).email ?? '').toLowerCase())
  attempts.delete(keys.pair)
  attempts.delete(keys.account)
  const fromAddress = recent(keys.address, Date.now())
  if (fromAddress.length > 0) attempts.set(keys.address, fromAddress.slice(1))
}
