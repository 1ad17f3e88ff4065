import { describe, expect, it } from 'vitest'

import { excerptParts, fragmentParts, wordCount, type Fragment } from './excerptParts'

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

describe('fragmentParts', () => {
  // A French page: its title and summary translated, its body the English standing in for a translation.
  const content =
    'Faire du bénévolat en sécurité. Les bonnes intentions peuvent nuire. ' +
    'Good volunteers are reliable, discreet and happy to do unglamorous work. Choosing where to volunteer. Fin.'
  const page = (plain_excerpt: string, locations: number[]): Fragment => ({
    raw_content: content,
    plain_excerpt,
    locations,
    anchors: [
      { id: 'en-run-1', location: 10 },
      { id: 'en-run-1-end', location: 25 },
      { id: 'choosing-where-to-volunteer', location: 21 },
    ],
  })

  it('marks the words of an excerpt that the page marks as English, splitting it where the run starts', () => {
    expect(
      fragmentParts(page('… bonnes intentions peuvent nuire. Good volunteers are reliable, …', [9]), 8, '…'),
    ).toEqual([
      { text: '… bonnes intentions peuvent ', mark: false, english: false },
      { text: 'nuire.', mark: true, english: false },
      { text: ' ', mark: false, english: false },
      { text: 'Good volunteers are reliable,', mark: false, english: true },
      { text: ' …', mark: false, english: false },
    ])
  })

  it('marks matched English words as English too, and leaves an excerpt of translated words unmarked', () => {
    expect(
      fragmentParts(page('… happy to do unglamorous work. Choosing where to volunteer. Fin.', [19]), 10, '…'),
    ).toEqual([
      { text: '… ', mark: false, english: false },
      { text: 'happy to do ', mark: false, english: true },
      { text: 'unglamorous', mark: true, english: true },
      { text: ' work. Choosing where to volunteer.', mark: false, english: true },
      { text: ' Fin.', mark: false, english: false },
    ])
    expect(
      fragmentParts(page('Faire du bénévolat en sécurité. Les bonnes intentions …', [2]), 8, '…'),
    ).toEqual([
      { text: 'Faire du ', mark: false, english: false },
      { text: 'bénévolat', mark: true, english: false },
      { text: ' en sécurité. Les bonnes intentions …', mark: false, english: false },
    ])
  })

  it('marks a run named by its start and length in words, as a text within a line is marked', () => {
    const line: Fragment = {
      raw_content: 'Organisé par Day Labourers’ Network, en ligne.',
      plain_excerpt: 'Organisé par Day Labourers’ Network, en ligne.',
      locations: [3],
      anchors: [{ id: 'en-run-7-3', location: 2 }],
    }
    expect(wordCount(' Day Labourers’ Network ')).toBe(3)
    expect(fragmentParts(line, 16, '…')).toEqual([
      { text: 'Organisé par ', mark: false, english: false },
      { text: 'Day ', mark: false, english: true },
      { text: 'Labourers’', mark: true, english: true },
      { text: ' Network,', mark: false, english: true },
      { text: ' en ligne.', mark: false, english: false },
    ])
  })

  it('gives escaped markup back as text', () => {
    expect(
      fragmentParts(
        { raw_content: 'a &lt;b&gt; c', plain_excerpt: 'a &lt;b&gt; c', locations: [2], anchors: [] },
        30,
        '…',
      ),
    ).toEqual([
      { text: 'a <b> ', mark: false, english: false },
      { text: 'c', mark: true, english: false },
    ])
  })

  it('gives nothing where the excerpt is not cut from the page’s words as Pagefind 1.x cuts it', () => {
    expect(fragmentParts(page('Good volunteers are reliable, discreet and happy to', [10]), 8, '…')).toBe(
      undefined,
    )
  })
})
