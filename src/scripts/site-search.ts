/**
 * The search page's script (src/components/SiteSearch.astro). It loads Pagefind from the address in
 * `data-search-bundle` when the page opens — Pagefind then fetches the index of the page's
 * `<html lang>` — searches as the visitor types or picks a filter, keeps the words and filters in
 * the address, lists ten results at a time and announces their count in the status line.
 */

/** What Pagefind's script exports, as far as the page uses it (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** One result, its data loaded on demand. */
interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** The texts the page hands the script: {n} is a count, {query} the words searched for. */
interface SearchTexts {
  count: [string, string];
  countAll: [string, string];
  none: string;
  noneAll: string;
  searching: string;
  types: Record<string, string>;
}

/** Results shown at once, and at each "show more". */
const PAGE = 10;
/** Milliseconds of quiet typing before a search runs. */
const DEBOUNCE = 200;

/** Fills {n} and {query} into a text. */
function fill(text: string, n: number, query: string): string {
  return text.replace('{n}', String(n)).replace('{query}', query);
}

/**
 * The nodes of an excerpt: Pagefind gives HTML with the matched words in <mark>; only its text and
 * those marks are kept, so nothing of a page's markup reaches this one.
 */
function excerptNodes(html: string): Node[] {
  const paragraph = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(paragraph?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** Wires up the search form of the page. */
export function startSearch(form: HTMLFormElement): void {
  const texts = JSON.parse(form.dataset.searchTexts ?? '{}') as SearchTexts;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const failed = form.querySelector<HTMLElement>('[data-search-failed]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLElement>('[data-search-more]')!;

  // The words and filters of the address: a link from the header's field, a reload, a shared link.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }

  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ form.dataset.searchBundle!) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    }));

  let run = 0;
  let waiting: PagefindResult[] = [];

  /** Shows the next results; moves the focus to the first of them when asked to. */
  async function showMore(id: number, focus: boolean) {
    const next = waiting.slice(0, PAGE);
    waiting = waiting.slice(PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== run) return;
    const items = data.map((d) => {
      const item = document.createElement('li');
      const article = document.createElement('article');
      article.className = 'search-result';
      const heading = document.createElement('h2');
      heading.className = 'search-result__title';
      const link = document.createElement('a');
      link.href = d.url;
      link.textContent = d.meta.title ?? d.url;
      heading.append(link);
      const type = document.createElement('p');
      type.className = 'search-result__type';
      type.textContent = texts.types[d.meta.type ?? ''] ?? '';
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.append(...excerptNodes(d.excerpt));
      article.append(heading, type, excerpt);
      item.append(article);
      return item;
    });
    list.append(...items);
    more.hidden = waiting.length === 0;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  async function search() {
    const id = ++run;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const address = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
    history.replaceState(history.state, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
    if (!query && Object.keys(filters).length === 0) {
      waiting = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    if (list.childElementCount === 0) status.textContent = texts.searching;
    let found: Awaited<ReturnType<Pagefind['search']>>;
    try {
      found = await (await load()).search(query || null, { filters });
    } catch {
      if (id !== run) return;
      failed.hidden = false;
      status.textContent = '';
      return;
    }
    if (id !== run || !found) return;
    waiting = found.results;
    const count = waiting.length;
    list.replaceChildren();
    await showMore(id, false);
    if (id !== run) return;
    status.textContent = query
      ? count === 0 ? fill(texts.none, 0, query) : fill(texts.count[count === 1 ? 0 : 1], count, query)
      : count === 0 ? texts.noneAll : fill(texts.countAll[count === 1 ? 0 : 1], count, '');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE);
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.querySelector('button')!.addEventListener('click', () => void showMore(run, true));

  // Start loading the index at once: the visitor came here to search.
  load().catch(() => (failed.hidden = false));
  if (input.value || selects.some((s) => s.value)) void search();
}
