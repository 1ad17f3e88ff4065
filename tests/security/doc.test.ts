import { describe, expect, it } from 'vitest'

import { documentWithMatrix } from './render'

describe('docs/SECURITY.md', () => {
  it('shows the matrix the security tests drive', async () => {
    const { current, expected } = await documentWithMatrix()
    expect(current, 'Run `pnpm --filter @hub/tests security:doc` to rewrite the table.').toBe(expected)
  })
})
