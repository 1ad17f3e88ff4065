import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { searchView } from './searchView'

const page = (main: string, header = '<p>Hub</p>') =>
  `<!doctype html><html lang="en"><head><title>Guide</title></head><body>` +
  `<header data-pagefind-ignore="all">${header}<svg viewBox="0 0 2 2"><path d="m1 1"/></svg></header>` +
  `<main id="main" data-pagefind-body><h1 data-pagefind-meta="title">Know your rights</h1>${main}</main></body></html>`

const facts = (updated: string, extra = '') =>
  `<dl class="facts" data-pagefind-ignore><dt>Updated</dt><dd><time datetime="${updated}">${updated}</time></dd>` +
  `<dd><a href="/en/topics/a/"><span hidden id="run-1"></span>Labour</a></dd>${extra}</dl>`

const body = (text: string) => `<h2 id="pay">Wages</h2><p>${text}</p>`

/** Pagefind's bundle of one page, as file names (hashes of their content) and the entry file. */
async function bundleOf(html: string): Promise<string[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' })
  const out = await mkdtemp(path.join(tmpdir(), 'search-view-'))
  try {
    await index!.addHTMLFile({ url: '/en/guide/', content: html })
    await index!.writeFiles({ outputPath: out })
    const entry = await readFile(path.join(out, 'pagefind-entry.json'), 'utf8')
    return [...(await readdir(out, { recursive: true })).sort(), entry]
  } finally {
    await index!.deleteIndex()
    await rm(out, { recursive: true, force: true })
  }
}

describe('what Pagefind reads of a page', () => {
  afterAll(() => pagefind.close())

  const same: [string, string, string][] = [
    [
      'a date in an ignored element',
      page(facts('2026-01-01') + body('Paid')),
      page(facts('2026-02-02') + body('Paid')),
    ],
    [
      'text and markup in an element ignored with all',
      page(body('Paid'), '<p>Hub</p>'),
      page(body('Paid'), '<p>Hub <b>hotline</b> 0800</p><br>'),
    ],
    [
      'an ignored element with a nested element of its own kind',
      page(`<section data-pagefind-ignore><section><p>One</p></section>Two</section>${body('Paid')}`),
      page(`<section data-pagefind-ignore><section><p>Uno</p></section>Dos</section>${body('Paid')}`),
    ],
    [
      'an image, a heading and a script in an element ignored with all',
      page(body('Paid'), '<img src="/a.webp" alt=""><h1>Hub</h1><script>if (a < b) go("</p>")</script>'),
      page(body('Paid'), '<img src="/b.webp" alt=""><h1>Centre</h1><script>if (a > b) stay()</script >'),
    ],
    [
      'an ignored element holding a script that holds its end tag',
      page(`<dl data-pagefind-ignore><script>"</dl>"</script>One</dl>${body('Paid')}`),
      page(`<dl data-pagefind-ignore><script>"</dl>"</script>Two</dl>${body('Paid')}`),
    ],
    [
      'an ignored element with a quoted end tag in an attribute',
      page(`<dl data-pagefind-ignore><dd title="</dl>">One</dd></dl>${body('Paid')}`),
      page(`<dl data-pagefind-ignore><dd title="</dl>">Two</dd></dl>${body('Paid')}`),
    ],
  ]
  it.each(same)('sees no change in %s, and neither does Pagefind', async (_, before, after) => {
    expect(searchView(after)).toBe(searchView(before))
    expect(await bundleOf(after)).toEqual(await bundleOf(before))
  })

  const seen: [string, string, string][] = [
    [
      'the indexed text',
      page(facts('2026-01-01') + body('Paid')),
      page(facts('2026-01-01') + body('Unpaid')),
    ],
    [
      'a filter inside an ignored element',
      page(facts('2026-01-01', '<span hidden data-pagefind-filter="topic:Wages"></span>') + body('Paid')),
      page(facts('2026-01-01', '<span hidden data-pagefind-filter="topic:Rent"></span>') + body('Paid')),
    ],
    [
      'an image inside an ignored element (Pagefind takes the first image as the result image)',
      page(facts('2026-01-01', '<img src="/a.webp" alt="">') + body('Paid')),
      page(facts('2026-01-01', '<img src="/b.webp" alt="">') + body('Paid')),
    ],
    [
      'the text after an ignored element',
      page(`<section data-pagefind-ignore><section>One</section></section>After${body('Paid')}`),
      page(`<section data-pagefind-ignore><section>One</section></section>Later${body('Paid')}`),
    ],
  ]
  it.each(seen)('sees a change to %s', (_, before, after) => {
    expect(searchView(after)).not.toBe(searchView(before))
  })

  // Where the extent of an ignored element is in doubt, it stays in the view: a change inside counts.
  const doubtful: [string, (text: string) => string][] = [
    [
      'an ignored element never closed',
      (text) => page(`<dl data-pagefind-ignore><dd>${text}</dd>${body('Paid')}`),
    ],
    ['a comment inside', (text) => page(`<dl data-pagefind-ignore><!-- </dl> --><dd>${text}</dd></dl>`)],
    [
      'a paragraph holding a block',
      (text) => page(`<p data-pagefind-ignore>${text}<div>x</div></p>${body('Paid')}`),
    ],
    [
      'an inline element, whose text may become an anchor',
      (text) => page(`<a id="x"><span data-pagefind-ignore>${text}</span></a>`),
    ],
    ['a script with a comment opener', (text) => page(body('Paid'), `<script>"<!--"</script><p>${text}</p>`)],
    [
      'a filter in an element ignored with all',
      (text) => page(body('Paid'), `<span data-pagefind-filter="${text}"></span>`),
    ],
    ['tags closed out of order', (text) => page(`<dl data-pagefind-ignore><dd><b>${text}</dd></b></dl>`)],
    ['the attribute named in text only', (text) => page(`<p>data-pagefind-ignore</p><p>${text}</p>`)],
  ]
  it.each(doubtful)('keeps %s', (_, variant) => {
    expect(searchView(variant('One'))).not.toBe(searchView(variant('Two')))
  })
})
