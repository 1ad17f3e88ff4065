import { describe, expect, it } from 'vitest'

import { failureSummary } from './siteBuild'

describe('the summary of a failed site build', () => {
  it('keeps the lines naming what failed and drops stack traces', () => {
    const output = [
      'building client (vite)',
      '[ERROR] [AstroError] Could not process image "src/flyer.pdf".',
      'Error: Input buffer contains unsupported image format',
      '    at Sharp.toBuffer (/site/node_modules/sharp/lib/output.js:163:17)',
      '    at async loadImage (file:///site/dist/chunks/image.mjs:12:3)',
      '  Stack trace:',
      '  12 | const image = await sharp(buffer)',
      '     |                     ^',
    ].join('\n')
    const summary = failureSummary(output)
    expect(summary).toContain('Could not process image "src/flyer.pdf"')
    expect(summary).toContain('unsupported image format')
    expect(summary).not.toMatch(/\bat (Sharp|async)|output\.js|Stack trace|\|/)
  })

  it('gives only the snapshot loader lines when it names a file', () => {
    expect(
      failureSummary('noise\nSnapshot guides/a.json: title.en: required\n    at load (x.js:1:1)\nmore noise'),
    ).toBe('Snapshot guides/a.json: title.en: required')
  })
})
