/** Lever's Postings API, paged with skip/limit; EU accounts live on their own host. */
import { countryCodeOf, employmentTypeOf, isoDate, list, names, obj, parseJson, salaryOf, sections, str, webUrl, workModeOf } from '../read.ts';
import { FeedError, type AtsAdapter, type AtsPosting } from '../types.ts';

/** Postings per page. */
export const LEVER_PAGE = 100;
const path = (account: string, skip: number) => `/v0/postings/${encodeURIComponent(account)}?mode=json&skip=${skip}&limit=${LEVER_PAGE}`;

/** Reads one page of /v0/postings/{site}?mode=json into postings. */
export function parseLever(body: string): AtsPosting[] {
  const data = parseJson(body);
  if (!Array.isArray(data)) throw new FeedError('answered with JSON that is not a list of postings');
  return data.map((raw) => {
    const job = obj(raw);
    const categories = obj(job.categories);
    const salary = obj(job.salaryRange);
    const lists = list(job.lists).map((l) => ({ title: str(obj(l).text), html: `<ul>${typeof obj(l).content === 'string' ? obj(l).content : ''}</ul>` }));
    return {
      id: str(job.id),
      title: str(job.text),
      html: sections([{ html: typeof job.description === 'string' ? job.description : '' }, ...lists, { html: typeof job.additional === 'string' ? job.additional : '' }]),
      departments: names(categories.team, categories.department),
      offices: names(list(categories.allLocations), categories.location),
      countries: names(job.country).flatMap((c) => countryCodeOf(c) ?? []),
      workMode: workModeOf(job.workplaceType),
      employmentType: employmentTypeOf(categories.commitment),
      posted: isoDate(job.createdAt),
      salary: salaryOf(salary.min, salary.max, salary.currency, salary.interval),
      apply: webUrl(job.applyUrl) ?? webUrl(job.hostedUrl) ?? '',
    };
  });
}

/** Lever. */
export const lever: AtsAdapter = {
  source: 'lever',
  label: 'Lever',
  origin: (_account, region) => (region === 'eu' ? 'https://api.eu.lever.co' : 'https://api.lever.co'),
  feedPath: (account) => path(account, 0),
  read: async ({ account, fetch }) => {
    const all: AtsPosting[] = [];
    for (let skip = 0; ; skip += LEVER_PAGE) {
      const page = await fetch(path(account, skip), parseLever);
      all.push(...page);
      if (page.length < LEVER_PAGE) return all;
    }
  },
};
