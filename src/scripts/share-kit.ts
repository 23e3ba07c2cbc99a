/**
 * The share buttons' and the share kit's browser script. Everything works without it (plain
 * links); it adds copy-to-clipboard, the editable text whose edits go into every link, and theme
 * picking remembered in localStorage (no cookies, no requests).
 */
import type { Network } from '../schemas/fields.ts';
import { buildCopyLink, buildCopyText, buildShareUrl, type ShareTarget } from '../lib/share/networks.ts';

/** What ShareButtons.astro passes in `data-share`. */
interface GroupConfig {
  target: ShareTarget;
  text: string;
  messages: { copiedLink: string; copiedText: string; copiedFirst: string; copyFailed: string };
}

const enhanced = new WeakSet<Element>();

/** Shows what only works with JavaScript, hides what only serves readers without it. */
function reveal(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
}

/** Puts text on the clipboard; false when the browser refuses. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The group's current text: its textarea's value when it has one, else the suggested text. */
function currentText(group: HTMLElement, config: GroupConfig): string {
  const source = group.dataset.textSource ? document.getElementById(group.dataset.textSource) : null;
  return source instanceof HTMLTextAreaElement ? source.value : config.text;
}

/** Rebuilds every network link of a group from its current text. */
function refresh(group: HTMLElement, config: GroupConfig) {
  const text = currentText(group, config);
  for (const link of group.querySelectorAll<HTMLAnchorElement>('a[data-network]')) {
    link.href = buildShareUrl(link.dataset.network as Network, text, config.target);
  }
}

function announce(group: HTMLElement, message: string) {
  const status = group.querySelector<HTMLElement>('[role="status"]');
  if (!status) return;
  // Clearing first makes screen readers repeat a message that did not change.
  status.textContent = '';
  window.setTimeout(() => (status.textContent = message), 50);
}

function enhanceGroup(group: HTMLElement) {
  if (enhanced.has(group)) return;
  enhanced.add(group);
  const config = JSON.parse(group.dataset.share ?? '{}') as GroupConfig;
  reveal(group);
  refresh(group, config);

  const source = group.dataset.textSource ? document.getElementById(group.dataset.textSource) : null;
  source?.addEventListener('input', () => refresh(group, config));

  group.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-copy], [data-copy-first]');
    if (!control || !group.contains(control)) return;
    const text = currentText(group, config);
    const m = config.messages;
    if (control.dataset.copy === 'link') {
      void copy(buildCopyLink(config.target)).then((ok) => announce(group, ok ? m.copiedLink : m.copyFailed));
    } else if (control.dataset.copy === 'text') {
      void copy(buildCopyText(text, config.target)).then((ok) => announce(group, ok ? m.copiedText : m.copyFailed));
    } else if (control.dataset.copyFirst) {
      // The link still opens (no preventDefault): the clipboard write starts within the click.
      const network = control.dataset.copyFirst;
      void copy(text).then((ok) => announce(group, ok ? m.copiedFirst.replace('{network}', network) : m.copyFailed));
    }
  });
}

/** Enhances every share button group under root (idempotent). */
export function enhanceShareButtons(root: ParentNode) {
  for (const group of root.querySelectorAll<HTMLElement>('[data-share]')) enhanceGroup(group);
}

/** Reads the remembered themes; null when nothing is stored or storage is unavailable. */
function loadThemes(key: string): string[] | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
  }
}

function saveThemes(key: string, themes: string[]) {
  try {
    localStorage.setItem(key, JSON.stringify(themes));
  } catch {
    // Private browsing or storage disabled: the choice lasts for this visit only.
  }
}

/** One proposal of the kit: pick a variant into the textarea. */
function enhanceProposal(proposal: HTMLElement) {
  reveal(proposal);
  const textarea = proposal.querySelector<HTMLTextAreaElement>('textarea[data-editor-text]');
  if (!textarea) return;
  proposal.addEventListener('change', (event) => {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.checked) return;
    const variant = proposal.querySelector<HTMLElement>(`[data-variant-text="${radio.value}"]`);
    if (!variant) return;
    textarea.value = variant.textContent ?? '';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * The share kit: every proposal of this week shows until themes are ticked; ticked themes narrow
 * them to their proposals, and are remembered in localStorage.
 */
function enhanceKit(kit: HTMLElement) {
  const key = kit.dataset.storageKey ?? 'vaandel:share-themes';
  const defaults = JSON.parse(kit.dataset.defaultThemes ?? '[]') as string[];
  const boxes = [...kit.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="theme"]')];
  const proposals = [...kit.querySelectorAll<HTMLElement>('[data-proposal]')];
  const summary = kit.querySelector<HTMLElement>('[data-kit-summary]');
  const messages = JSON.parse(kit.dataset.messages ?? '{}') as { all: string; allOne: string; empty: string; count: string; one: string };

  const chosen = new Set(loadThemes(key) ?? defaults);
  for (const box of boxes) box.checked = chosen.has(box.value);

  const apply = () => {
    const themes = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    let shown = 0;
    for (const proposal of proposals) {
      const visible = themes.size === 0 || (proposal.dataset.themes ?? '').split(' ').some((theme) => themes.has(theme));
      proposal.hidden = !visible;
      if (visible) shown++;
    }
    if (summary) {
      const count = (one: string, many: string) => (shown === 1 ? one : many.replace('{count}', String(shown)));
      summary.textContent = themes.size === 0 ? count(messages.allOne, messages.all) : shown === 0 ? messages.empty : count(messages.one, messages.count);
    }
  };

  kit.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || box.name !== 'theme') return;
    saveThemes(
      key,
      boxes.filter((b) => b.checked).map((b) => b.value),
    );
    apply();
  });

  reveal(kit);
  for (const proposal of proposals) enhanceProposal(proposal);
  apply();
}

/** Enhances every share kit under root. */
export function enhanceShareKit(root: ParentNode) {
  for (const kit of root.querySelectorAll<HTMLElement>('[data-share-kit]')) {
    if (enhanced.has(kit)) continue;
    enhanced.add(kit);
    enhanceKit(kit);
  }
}
