import { describe, expect, it } from 'vitest'

import configPromise from '@payload-config'

import { contractDisagreements } from './checkAgainstContract'

describe('the CMS against the content contract', () => {
  it('describes every collection, global and block as the contract does', async () => {
    const config = await configPromise
    expect(contractDisagreements(config).map((each) => each.message)).toEqual([])
  })
})
