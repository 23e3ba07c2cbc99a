/** Personio's XML feed, one per language (an admin must switch it on); no salary, no job URL in the feed. */
import { employmentTypeOf, isoDate, list, names, obj, parseXml, sections, str, webUrl } from '../read.ts';
import { FeedError, type AtsAdapter, type AtsPosting } from '../types.ts';

const path = (lang: string) => `/xml?language=${encodeURIComponent(lang)}`;

/** A Personio feed parsed: the positions without their account-dependent apply URL. */
export function parsePersonio(body: string, account: string): AtsPosting[] {
  const doc = parseXml(body, ['position', 'jobDescription', 'office']);
  if (!('workzag-jobs' in doc)) throw new FeedError('answered with XML that is not a Personio job feed (no <workzag-jobs>)');
  const root = obj(doc['workzag-jobs']);
  return list(root.position).map((raw) => {
    const position = obj(raw);
    const id = str(position.id);
    const schedule = str(position.schedule);
    const type = str(position.employmentType);
    return {
      id,
      title: str(position.name),
      html: sections(list(obj(position.jobDescriptions).jobDescription).map((d) => ({ title: str(obj(d).name), html: typeof obj(d).value === 'string' ? (obj(d).value as string) : '' }))),
      departments: names(position.department, position.recruitingCategory),
      offices: names(list(position.office), list(obj(position.additionalOffices).office)),
      countries: [],
      employmentType: /^permanent$/i.test(type) ? (employmentTypeOf(schedule) === 'part-time' ? 'part-time' : 'full-time') : employmentTypeOf(type),
      posted: isoDate(position.createdAt),
      apply: webUrl(position.jobUrl) ?? `https://${account}.jobs.personio.de/job/${encodeURIComponent(id)}`,
    };
  });
}

/** Personio. */
export const personio: AtsAdapter = {
  source: 'personio',
  label: 'Personio',
  origin: (account) => `https://${account}.jobs.personio.de`,
  feedPath: (_account, languages) => path(languages[0] ?? 'en'),
  read: async ({ account, languages, fetch }) => {
    const [main = 'en', ...others] = languages;
    const postings = await fetch(path(main), (body) => parsePersonio(body, account));
    for (const lang of others) {
      // A language the account does not publish in leaves its jobs untranslated; it does not stop the feed.
      const versions = await fetch(path(lang), (body) => parsePersonio(body, account)).catch((error: unknown) => {
        if (error instanceof FeedError && !error.retryable) return [];
        throw error;
      });
      const translated = new Map(versions.map((p) => [p.id, p]));
      for (const posting of postings) {
        const version = translated.get(posting.id);
        // Personio answers in its default language when a job has no text in the one asked for.
        if (!version || (version.title === posting.title && version.html === posting.html)) continue;
        posting.translations = { ...posting.translations, [lang]: { title: version.title, html: version.html } };
      }
    }
    return postings.map((p) => ({ ...p, lang: main }));
  },
};
