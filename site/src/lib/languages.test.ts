import { describe, expect, it } from 'vitest'

import { languageName } from './languages'

describe('the name of a language', () => {
  it('is in the page’s language, with no marks', () => {
    expect(languageName('th', 'en')).toEqual({ name: 'Thai', marks: {} })
    expect(languageName('es', 'fr')).toEqual({ name: 'espagnol', marks: {} })
    expect(languageName('en', 'ar')).toEqual({ name: 'الإنجليزية', marks: {} })
  })

  it('is the code itself, marked as no language, when there is no name for it', () => {
    for (const locale of ['en', 'th'] as const) {
      expect(languageName('nah', locale)).toEqual({ name: 'nah', marks: { lang: 'zxx', dir: 'ltr' } })
    }
  })
})
