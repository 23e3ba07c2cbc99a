import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAskCapExcesses } from '../../src/lib/ask-cap.ts';
import { BENCH_ASK_CAP, BENCH_TODAY, editStory, generateContent, slugify, splitSize, type GeneratedContent } from '../../scripts/bench/generate-content.ts';
import { createRandom } from '../../scripts/bench/random.ts';
import { translateContent } from '../../scripts/bench/translate.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { checkContent, type ContentSource } from '../../src/lib/check/check-content.ts';
import { ambassadorSchema, imagePath, jobSchema, recognitionSchema, shareSchema, siteSchema, storySchema, themeSchema } from '../../src/schemas/index.ts';

const today = new Date(`${BENCH_TODAY}T00:00:00Z`);

/** The text of a generated file. */
function textOf(content: GeneratedContent, path: string): string {
  const file = content.files.find((f) => f.path === path);
  if (!file || !('text' in file)) throw new Error(`no text file ${path}`);
  return file.text;
}

/** Front matter and body of a generated Markdown file. */
function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Every entry of a collection, parsed by its schema (as the checker does, images as plain paths). */
function entriesOf(content: GeneratedContent) {
  const schemas = { ambassadors: ambassadorSchema(imagePath), stories: storySchema(imagePath), jobs: jobSchema, recognition: recognitionSchema, share: shareSchema(imagePath) };
  const out: Record<keyof typeof schemas, { id: string; path: string; data: any; body: string }[]> = { ambassadors: [], stories: [], jobs: [], recognition: [], share: [] };
  for (const file of content.files) {
    if (!('text' in file) || !/\.mdx?$/.test(file.path)) continue;
    const [collection] = file.path.split('/') as [keyof typeof schemas];
    const id = file.path.replace(/^[^/]+\//, '').replace(/\/index\.mdx?$|\.mdx?$/, '');
    const { data, body } = splitMarkdown(file.text);
    const parsed = schemas[collection].safeParse(data);
    if (!parsed.success) throw new Error(`${file.path}: ${parsed.error.message}`);
    out[collection].push({ id, path: file.path, data: parsed.data, body });
  }
  return out;
}

/** The generated folder as the checker's ContentSource, read from memory. */
function memorySource(content: GeneratedContent): ContentSource {
  const byPath = new Map(content.files.map((f) => [f.path, f]));
  return {
    files: [...byPath.keys()].sort(),
    readText: async (path) => {
      const file = byPath.get(path);
      if (!file || !('text' in file)) throw new Error(`not a text file: ${path}`);
      return file.text;
    },
    readImage: async (path) => {
      const file = byPath.get(path);
      if (file && 'image' in file) {
        const { width, height } = content.images[file.image]!;
        return { width, height, format: 'jpeg' };
      }
      const svg = file && 'text' in file ? /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(file.text) : null;
      if (!svg) throw new Error(`not an image: ${path}`);
      return { width: Number(svg[1]), height: Number(svg[2]), format: 'svg' };
    },
  };
}

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives named forks their own sequence, independent of what the parent drew', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    b.next();
    expect(a.fork('stories').next()).toBe(b.fork('stories').next());
    expect(a.fork('stories').next()).not.toBe(a.fork('jobs').next());
  });
});

describe('generateContent', () => {
  it('gives the same files for the same seed, and different files for another seed', () => {
    const one = generateContent({ size: 100, seed: 1 });
    expect(generateContent({ size: 100, seed: 1 })).toEqual(one);
    const other = generateContent({ size: 100, seed: 2 });
    expect(other.files.map((f) => f.path)).not.toEqual(one.files.map((f) => f.path));
    expect(other.images).not.toEqual(one.images);
  });

  it('splits a size 40/30/10/10/10 over the collections', () => {
    expect(splitSize(1000)).toEqual({ ambassadors: 400, stories: 300, jobs: 100, recognition: 100, share: 100 });
    expect(splitSize(55)).toEqual({ ambassadors: 22, stories: 17, jobs: 6, recognition: 6, share: 4 });
    expect(() => splitSize(5)).toThrowErrorMatchingInlineSnapshot(`[Error: size must be a whole number of at least 10, got 5]`);
    const { counts } = generateContent({ size: 250, seed: 1 });
    expect([counts.ambassadors, counts.stories, counts.jobs, counts.recognition, counts.share]).toEqual([100, 75, 25, 25, 25]);
  });

  it('writes site.yaml with teams, three or more located offices and the ask cap, and themes.yaml', () => {
    const content = generateContent({ size: 100, seed: 1 });
    const site = siteSchema(imagePath).parse(parse(textOf(content, 'site.yaml')));
    expect(site.teams.length).toBeGreaterThanOrEqual(6);
    expect(site.locations.length).toBeGreaterThanOrEqual(3);
    expect(site.locations.every((l) => l.address.street && l.address.city && l.address.country)).toBe(true);
    expect(site.askCap).toBe(BENCH_ASK_CAP);
    expect(site.logo).toBe('./logo.svg');
    const themes = (parse(textOf(content, 'themes.yaml')) as unknown[]).map((t) => themeSchema.parse(t));
    expect(themes.length).toBeGreaterThanOrEqual(7);
  });

  it('passes the content checker with no errors and never exceeds the ask cap', async () => {
    for (const [size, seed] of [[100, 1], [200, 9]] as const) {
      const content = generateContent({ size, seed });
      const result = await checkContent(memorySource(content), { today, label: 'bench' });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.entries).toBe(size + 2);
      const { ambassadors, share } = entriesOf(content);
      const active = ambassadors.filter((a) => a.data.status === 'active');
      expect(findAskCapExcesses(active, share, BENCH_ASK_CAP)).toEqual([]);
    }
  });

  it('only references ambassadors, jobs, stories, teams, locations and themes that exist', () => {
    const content = generateContent({ size: 300, seed: 4 });
    const site = parse(textOf(content, 'site.yaml')) as { teams: { id: string }[]; locations: { id: string }[] };
    const themes = new Set((parse(textOf(content, 'themes.yaml')) as { id: string }[]).map((t) => t.id));
    const { ambassadors, stories, jobs, recognition, share } = entriesOf(content);
    const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
    const [people, jobIds, storyIds, teams, locations] = [ids(ambassadors), ids(jobs), ids(stories), ids(site.teams), ids(site.locations)];
    const missing = (refs: string[], known: Set<string>) => refs.filter((r) => !known.has(r));
    for (const a of ambassadors) expect([...missing([a.data.team], teams), ...missing([a.data.location], locations), ...missing(a.data.themes, themes)]).toEqual([]);
    for (const s of stories) expect([...missing(s.data.ambassadors, people), ...missing(s.data.jobs, jobIds), ...missing(s.data.themes, themes)]).toEqual([]);
    for (const j of jobs) expect([...missing(j.data.ambassadors, people), ...missing([j.data.team], teams), ...missing(j.data.locations, locations)]).toEqual([]);
    for (const r of recognition) expect(missing(r.data.ambassadors, people)).toEqual([]);
    for (const p of share) expect([...missing(p.data.story ? [p.data.story] : [], storyIds), ...missing(p.data.job ? [p.data.job] : [], jobIds), ...missing(p.data.themes, themes)]).toEqual([]);
    // Every image a file names is generated beside it.
    const paths = new Set(content.files.map((f) => f.path));
    for (const a of ambassadors) if (a.data.photo) expect(paths.has(a.path.replace('index.md', 'photo.jpg'))).toBe(true);
    for (const s of stories) if (s.data.cover) expect(paths.has(s.path.replace(/index\.mdx?$/, 'cover.jpg'))).toBe(true);
    for (const p of share) if (p.data.image) expect(paths.has(`share/${p.data.image.slice(2)}`)).toBe(true);
  });

  it('mixes statuses like a real program, and its counts match the publication rules', () => {
    const content = generateContent({ size: 600, seed: 1 });
    const { ambassadors, stories, jobs, recognition, share } = entriesOf(content);
    const count = <T>(list: T[], test: (e: T) => boolean) => list.filter(test).length;
    const status = (s: string) => count(ambassadors, (a) => a.data.status === s);
    expect(status('active')).toBeGreaterThan(200);
    expect(status('paused')).toBeGreaterThan(3);
    expect(status('withdrawn')).toBeGreaterThan(1);
    expect(count(stories, (s) => s.data.draft)).toBeGreaterThan(0);
    expect(count(stories, (s) => s.path.endsWith('.mdx'))).toBeGreaterThan(5);
    expect(count(stories, (s) => s.data.lang === 'nl') + count(stories, (s) => s.data.lang === 'fr')).toBeGreaterThan(5);
    expect(count(stories, (s) => s.data.ambassadors.length > 1)).toBeGreaterThan(5);
    expect(count(ambassadors, (a) => a.data.photo !== undefined) / ambassadors.length).toBeGreaterThan(0.75);
    expect(count(stories, (s) => s.data.cover !== undefined) / stories.length).toBeGreaterThan(0.75);
    expect(count(jobs, (j) => j.data.workMode === 'remote')).toBeGreaterThan(1);
    expect(new Set(ambassadors.map((a) => a.data.employment))).toEqual(new Set(['employee', 'intern', 'freelancer', 'retiree', 'alumni']));
    expect(ambassadors.some((a) => /[à-ÿŁłŠšŽžÇçİıØøÅåŞş]/.test(a.data.name))).toBe(true);
    expect(stories.every((s) => s.body.split('\n\n').length >= 4)).toBe(true);

    const catalog = buildCatalog({ ambassadors, stories, jobs, recognition, share }, today);
    expect(catalog.ambassadors.length).toBe(content.counts.publishedAmbassadors);
    expect(catalog.stories.length).toBe(content.counts.publishedStories);
    expect(catalog.openJobs.length).toBe(content.counts.openJobs);
    expect(catalog.closedJobs.length).toBe(content.counts.closedJobs);
    expect(catalog.share.length).toBe(content.counts.liveShare);
    const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
    expect(ids(catalog.ambassadors)).toEqual([...content.published.ambassadors].sort());
    expect(ids(catalog.stories)).toEqual([...content.published.stories].sort());
    expect(ids(catalog.openJobs)).toEqual([...content.published.openJobs].sort());
    expect(ids(catalog.closedJobs)).toEqual([...content.published.closedJobs].sort());
    expect(catalog.closedJobs.length).toBeGreaterThan(3);
    expect(catalog.unpublished.filter((u) => u.collection === 'jobs').length).toBeGreaterThan(0);
    expect(catalog.share.length).toBeGreaterThan(0);
    expect(catalog.wall.length).toBeGreaterThan(20);
  });

  it('names an editable story that is published and no live share post links to', () => {
    const content = generateContent({ size: 100, seed: 3 });
    const { stories, ambassadors, jobs, recognition, share } = entriesOf(content);
    const catalog = buildCatalog({ ambassadors, stories, jobs, recognition, share }, today);
    const story = stories.find((s) => s.path === content.editableStory)!;
    expect(catalog.story(story.id)).toBeDefined();
    expect(catalog.share.some((p) => p.data.story === story.id)).toBe(false);
  });

  it('names the published story the most live share posts link to, for the fan-out build', () => {
    const content = generateContent({ size: 300, seed: 1 });
    const { stories, ambassadors, jobs, recognition, share } = entriesOf(content);
    const catalog = buildCatalog({ ambassadors, stories, jobs, recognition, share }, today);
    const story = stories.find((s) => s.path === content.fanOutStory)!;
    expect(catalog.story(story.id)).toBeDefined();
    const links = (id: string) => catalog.share.filter((p) => p.data.story === id).length;
    expect(links(story.id)).toBeGreaterThan(0);
    expect(Math.max(...catalog.stories.map((s) => links(s.id)))).toBe(links(story.id));
    expect(content.fanOutStory).not.toBe(content.editableStory);
    // Followers of the posts' themes see its title on their share pages.
    const themes = new Set(catalog.share.filter((p) => p.data.story === story.id).flatMap((p) => p.data.themes));
    expect(catalog.ambassadors.filter((a) => a.data.themes.some((t: string) => themes.has(t))).length).toBeGreaterThan(10);
  });

  it('has a fan-out story at every benchmark size: the first live share post links to a story', () => {
    for (const size of [100, 1000]) expect(generateContent({ size, seed: 1 }).fanOutStory, `size ${size}`).toMatch(/^stories\//);
  });
});

describe('editStory', () => {
  it('changes the title and the body and keeps the story valid', () => {
    const content = generateContent({ size: 50, seed: 1 });
    const before = textOf(content, content.editableStory);
    const after = editStory(before, 2);
    const a = splitMarkdown(before);
    const b = splitMarkdown(after);
    expect(b.data.title).toBe(`${a.data.title} (update 2)`);
    expect(b.body).toContain('Update 2: since we first published this story');
    expect(b.body.trim().startsWith(a.body.trim())).toBe(true);
    expect(storySchema(imagePath).safeParse(b.data).success).toBe(true);
    expect(() => editStory('no front matter')).toThrowErrorMatchingInlineSnapshot(`[Error: editStory: the story file has no front matter]`);
  });
});

describe('slugify', () => {
  it('turns names with diacritics into ASCII ids', () => {
    expect(slugify('Zoë Van den Broeck')).toBe('zoe-van-den-broeck');
    expect(slugify('Łukasz Wiśniewska')).toBe('lukasz-wisniewska');
    expect(slugify("Søren D'Hondt")).toBe('soren-d-hondt');
    expect(slugify('Ayşe Yılmaz')).toBe('ayse-yilmaz');
  });
});

describe('benchmark content in several languages', () => {
  const one = generateContent({ size: 60, seed: 3 });
  const three = translateContent(one, ['en', 'nl', 'fr'], 3);

  it('keeps every file of the one-language content, and translates about a third of the entries', () => {
    expect(translateContent(one, ['en'], 3)).toBe(one);
    const paths = three.files.map((f) => f.path);
    for (const file of one.files) if (file.path !== 'site.yaml' && file.path !== 'themes.yaml') expect(paths).toContain(file.path);
    const translations = paths.filter((p) => /\.(nl|fr)\.mdx?$/.test(p));
    expect(translations.length).toBe(three.counts.translations);
    const entries = one.files.filter((f) => /^(ambassadors|stories)\/[^/]+\/index\.mdx?$|^(jobs|recognition|share)\/[^/]+\.md$/.test(f.path)).length;
    const translatedEntries = new Set(translations.map((p) => p.replace(/\.(nl|fr)(\.mdx?)$/, '$2'))).size;
    expect(translatedEntries / entries).toBeGreaterThan(0.2);
    expect(translatedEntries / entries).toBeLessThan(0.45);
  });

  it('writes languages and per-language texts in site.yaml, and only translatable fields in translations', () => {
    const site = three.files.find((f) => f.path === 'site.yaml') as { text: string };
    expect(site.text).toMatch(/^languages:\n {2}- en\n {2}- nl\n {2}- fr$/m);
    expect(site.text).not.toMatch(/^lang:/m);
    const story = three.files.find((f) => /^stories\/.*\/index\.(nl|fr)\.mdx?$/.test(f.path)) as { text: string };
    const fields = Object.keys(parse(/^---\n([\s\S]*?)\n---/.exec(story.text)![1]!) as object);
    expect(fields.every((f) => ['title', 'summary', 'coverAlt', 'share'].includes(f))).toBe(true);
    expect(fields).toContain('title');
  });

  it('passes the checker, which counts the translations', async () => {
    const result = await checkContent(memorySource(three), { today, label: 'bench' });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.notes).toHaveLength(3);
  });
});
