import { afterEach, describe, expect, it, vi } from 'vitest'

import { payloadSecret } from './secret'

describe('the secret that signs logins', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('uses PAYLOAD_SECRET when set', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'configured-secret')
    expect(payloadSecret()).toBe('configured-secret')
  })

  it('refuses to serve production without one, and says how to make one', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('HUB_DEMO', '')
    vi.stubEnv('NEXT_PHASE', '')
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/)
  })

  it('derives a stable demo secret for a local demo', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('HUB_DEMO', '1')
    expect(payloadSecret()).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret()).toBe(payloadSecret())
  })
})
