import { excerptParts, fragmentParts, type Fragment } from '../../lib/excerptParts'

/** What the search page uses of Pagefind's browser API (`/pagefind/<locale>/pagefind.js`, written by the build). */
type Counts = Record<string, Record<string, number>>
type Filters = Record<string, { any: string[] }>
type ResultData = Fragment & { url: string; excerpt: string; meta: Record<string, string | undefined> }
type Result = { data: () => Promise<ResultData> }
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<Counts>
  search: (
    term: string | null,
    options: { filters: Filters },
  ) => Promise<{ results: Result[]; filters: Counts }>
}

// Each result's text is a request of its own: a phone fetches a few, and more on request.
const pageSize = 5
const english = { lang: 'en', dir: 'ltr' }
const excerptLength = 16
const excerptEllipsis = '…'

function element(name: string, text = '', attributes: Record<string, string> = {}): HTMLElement {
  const created = document.createElement(name)
  created.textContent = text
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value)
  return created
}

/**
 * The search form on Pagefind's JavaScript API. Pagefind loads when the
 * reader first turns to the form, then searches as they type; every string
 * comes from the page (the reader's language), and every result is built
 * from text nodes: the only markup taken from the index is the excerpt's
 * <mark>, rebuilt here.
 */
export function startSearch(root: HTMLElement) {
  const form = root.querySelector('form')!
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!
  const list = root.querySelector<HTMLElement>('[data-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!
  const filterPanel = form.querySelector('details')!
  const labels = root.dataset
  const locale = document.documentElement.lang
  // Each locale has a bundle of its own: a reader downloads only their language's index.
  const bundle = `/pagefind/${locale}/pagefind.js`
  const latinIsEnglish = 'latinIsEnglish' in labels
  const numbers = new Intl.NumberFormat(locale)
  const listFormat = new Intl.ListFormat(locale, { type: 'unit' })
  let engine: Promise<Pagefind> | undefined
  let totals: Counts = {}
  let searchId = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let results: Result[] = []
  let shown = 0

  // Pagefind's worker is one more file (12 KB) before the first search; a hub's index is searched quickly in the page.
  const load = () =>
    (engine ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind
      await pagefind.options({ excerptLength, excerptEllipsis, noWorker: true })
      await pagefind.init()
      return pagefind
    })().catch((error: unknown) => {
      engine = undefined
      throw error
    }))

  // The filters' counts take a file per group: fetched when the reader opens them, not for every search.
  async function loadCounts() {
    totals = await (await load()).filters()
    if (results.length > 0) await search()
    else showCounts(totals)
  }

  // A group whose file is not loaded yet has no counts: it shows none rather than zeros.
  function showCounts(counts: Counts) {
    for (const box of boxes) {
      const group = counts[box.name]
      box.parentElement!.querySelector('[data-count]')!.textContent = group
        ? numbers.format(group[box.value] ?? 0)
        : ''
    }
  }

  function say(pattern = '', query = '', count = 0) {
    status.replaceChildren(
      ...pattern
        .split(/(\{query\}|\{count\})/)
        .map((part) =>
          part === '{query}' ? element('bdi', query) : part === '{count}' ? numbers.format(count) : part,
        ),
    )
  }

  function chosen(): Filters {
    const filters: Filters = {}
    for (const box of boxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value)
    return filters
  }

  function resultItem(data: ResultData): HTMLElement {
    const { url, excerpt, meta } = data
    const inEnglish = meta.english?.split(' ') ?? []
    const item = element('li')
    if (meta.type) item.append(element('p', meta.type, { class: 'meta' }))
    const link = element('a', '', inEnglish.includes('title') ? english : {})
    link.setAttribute('href', url)
    link.append(element('strong', meta.title ?? url))
    item.append(link)
    if (meta.warning) {
      // The excerpt could quote what the page keeps behind its content warning: show what the page shows first.
      if (meta.summary) item.append(element('p', meta.summary, inEnglish.includes('summary') ? english : {}))
      item.append(element('p', `${labels.warning}: ${meta.warning}`, { class: 'meta' }))
    } else {
      // In Latin script, English cannot be told from the page's language by its letters: the excerpt of a page
      // shown wholly in English is marked as a whole, a partly translated page's by the runs the page marks.
      const whole = !latinIsEnglish && meta.translation === 'missing' ? english : {}
      const text = element('p', '', whole)
      const parts =
        (!latinIsEnglish && fragmentParts(data, excerptLength, excerptEllipsis)) ||
        excerptParts(excerpt, latinIsEnglish)
      for (const part of parts) {
        if (part.mark) text.append(element('mark', part.text, part.english ? english : {}))
        else if (part.english) text.append(element('span', part.text, english))
        else text.append(part.text)
      }
      item.append(text)
    }
    return item
  }

  async function showMore(id: number): Promise<HTMLElement | undefined> {
    const batch = results.slice(shown, shown + pageSize)
    const found = await Promise.all(batch.map((result) => result.data()))
    if (id !== searchId) return undefined
    shown += batch.length
    // Pagefind's URLs are the site's own paths; anything else is not a page of this site.
    const items = found.filter((data) => data.url.startsWith('/')).map(resultItem)
    list.append(...items)
    more.hidden = shown >= results.length
    return items[0]
  }

  function reset() {
    clearTimeout(timer)
    searchId += 1
    results = []
    list.replaceChildren()
    say()
    more.hidden = true
    clear.hidden = true
    showCounts(totals)
  }

  async function search() {
    clearTimeout(timer)
    const id = ++searchId
    const term = input.value.trim()
    const filters = chosen()
    const values = Object.values(filters).flatMap((filter) => filter.any)
    if (!term && values.length === 0) return reset()
    clear.hidden = false
    say(labels.searching)
    try {
      const pagefind = await load()
      const response = await pagefind.search(term || null, { filters })
      if (id !== searchId) return
      results = response.results
      shown = 0
      list.replaceChildren()
      showCounts(response.filters)
      await showMore(id)
      // Said once the first results are on the page, so a screen reader announces what is there.
      if (id === searchId)
        say(
          results.length > 0 ? labels.found : labels.none,
          term || listFormat.format(values),
          results.length,
        )
    } catch {
      if (id === searchId) say(labels.unavailable)
    }
  }

  form.addEventListener('focusin', () => load().catch(() => undefined), { once: true })
  filterPanel.addEventListener('toggle', () => loadCounts().catch(() => undefined), { once: true })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(search, 300)
  })
  for (const box of boxes) box.addEventListener('change', search)
  clear.addEventListener('click', () => {
    form.reset()
    reset()
    input.focus()
  })
  more.addEventListener('click', async () => {
    const first = await showMore(searchId)
    first?.querySelector('a')?.focus()
  })
}
