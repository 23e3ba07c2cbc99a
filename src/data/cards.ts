/**
 * The social cards of the whole site, listed once per build: every entry's card in every language
 * (src/lib/og/cards.ts), with the card words of that language. A card that would draw exactly the same
 * thing in two languages is listed once, and both languages' pages point to it. A page that shows an
 * entry in another language's text (a fallback page, whose canonical is the original) shares the
 * original's card: a card of that text in that language, not one mixing two languages. With a third
 * of the entries translated, this halves the cards of a three-language site.
 */
import { getPageContexts, type PageContext } from './pages.ts';
import type { CardKind } from '../lib/card-paths.ts';
import { listEntryCards, listSiteCard, type CardFileOptions, type CardSpec } from '../lib/og/cards.ts';
import { useCardService } from '../lib/og/service.ts';

/** Every card to make, and the path each page's card has. */
export interface CardIndex {
  /** The cards to render, each once. */
  specs: CardSpec[];
  /** The path (under the site's base path) of an entry's card (or the site card) in a language. */
  pathOf(lang: string, kind: CardKind | 'site', slug?: string): string;
}

let index: Promise<CardIndex> | undefined;

/** Files the card service found (the SVG logo); none outside a build or the dev server. */
function serviceFiles(): Pick<CardFileOptions, 'logoFile'> {
  try {
    return useCardService().files;
  } catch {
    return {};
  }
}

function optionsOf(ctx: PageContext, files: Pick<CardFileOptions, 'logoFile'>): CardFileOptions {
  return { ...files, language: { param: ctx.param, labels: ctx.t.card, workModes: ctx.t.workModes } };
}

/** The original language of the entry a card of `ctx` is for, when the page shows it in that language's text instead of its own. */
function fallbackOriginal(ctx: PageContext, spec: CardSpec): string | undefined {
  const entry = spec.kind === 'stories' ? ctx.catalog.story(spec.slug) : spec.kind === 'ambassadors' ? ctx.catalog.ambassador(spec.slug) : spec.kind === 'jobs' ? ctx.catalog.job(spec.slug) : undefined;
  return entry?.fallback ? entry.original : undefined;
}

async function build(): Promise<CardIndex> {
  const files = serviceFiles();
  const specs: CardSpec[] = [];
  const paths = new Map<string, string>();
  const firstByContent = new Map<string, string>();
  const list = (ctx: PageContext, spec: CardSpec) => {
    const same = `${spec.kind}/${spec.slug}/${JSON.stringify(spec.content)}`;
    const existing = firstByContent.get(same);
    if (existing) {
      paths.set(`${ctx.lang}/${spec.kind}/${spec.slug}`, existing);
      return;
    }
    // Pages link to the card under the site's base path; the card service writes it at spec.path in the output folder.
    const published = ctx.root(spec.path);
    firstByContent.set(same, published);
    paths.set(`${ctx.lang}/${spec.kind}/${spec.slug}`, published);
    specs.push(spec);
  };
  const fallbacks: { ctx: PageContext; spec: CardSpec; original: string }[] = [];
  for (const ctx of await getPageContexts()) {
    const options = optionsOf(ctx, files);
    for (const spec of [listSiteCard(ctx.site, options), ...listEntryCards(ctx.site, ctx.catalog, options)]) {
      const original = fallbackOriginal(ctx, spec);
      if (original) fallbacks.push({ ctx, spec, original });
      else list(ctx, spec);
    }
  }
  for (const { ctx, spec, original } of fallbacks) {
    const card = paths.get(`${original}/${spec.kind}/${spec.slug}`);
    if (card) paths.set(`${ctx.lang}/${spec.kind}/${spec.slug}`, card);
    else list(ctx, spec); // the original's language lists no card for it: draw this language's
  }
  return {
    specs,
    pathOf: (lang, kind, slug = 'site') => {
      const path = paths.get(`${lang}/${kind}/${slug}`);
      if (!path) throw new Error(`No social card for ${kind} "${slug}" in ${lang}: only published entries have one.`);
      return path;
    },
  };
}

/** Every card of the site, built once per build. */
export function getCardIndex(): Promise<CardIndex> {
  return (index ??= build());
}
