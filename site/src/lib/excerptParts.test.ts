import { describe, expect, it } from 'vitest'

import { excerptParts } from './excerptParts'

describe('excerptParts', () => {
  it('keeps the matched words marked and the rest as text', () => {
    expect(excerptParts('Know your <mark>rights</mark> at work.')).toEqual([
      { text: 'Know your ', mark: false, english: false },
      { text: 'rights', mark: true, english: false },
      { text: ' at work.', mark: false, english: false },
    ])
  })

  it('gives markup written in a page back as text, not as elements', () => {
    // Pagefind escapes < and > of the page's text; a script or image tag in it is words to show.
    expect(excerptParts('a &lt;img src=x onerror=alert(1)&gt; <mark>b</mark>')).toEqual([
      { text: 'a <img src=x onerror=alert(1)> ', mark: false, english: false },
      { text: 'b', mark: true, english: false },
    ])
    expect(excerptParts('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a match</mark>', mark: false, english: false },
    ])
  })

  it('marks runs of Latin script as English on a page in another script', () => {
    expect(
      excerptParts(
        '… Spanish and Indigenous languages. الخط الساخن لمكافحة <mark>الاتجار</mark> Harbor Alliance، و',
        true,
      ),
    ).toEqual([
      { text: '… ', mark: false, english: false },
      { text: 'Spanish and Indigenous languages', mark: false, english: true },
      { text: '. الخط الساخن لمكافحة ', mark: false, english: false },
      { text: 'الاتجار', mark: true, english: false },
      { text: ' ', mark: false, english: false },
      { text: 'Harbor Alliance', mark: false, english: true },
      { text: '، و', mark: false, english: false },
    ])
  })
})
