/** Workable's widget accounts API with details: one request for every published job. */
import { countryCodeOf, employmentTypeOf, isoDate, list, names, obj, parseJson, str, webUrl } from '../read.ts';
import type { AtsAdapter, AtsPosting } from '../types.ts';

const path = (account: string) => `/api/v1/widget/accounts/${encodeURIComponent(account)}?details=true`;

/** Reads the body of /api/v1/widget/accounts/{slug}?details=true into postings. */
export function parseWorkable(body: string): AtsPosting[] {
  return list(obj(parseJson(body)).jobs).map((raw) => {
    const job = obj(raw);
    const places = list(job.locations).map(obj).filter((l) => l.hidden !== true);
    return {
      id: str(job.shortcode) || str(job.code) || str(job.id),
      title: str(job.title),
      html: typeof job.description === 'string' ? job.description : '',
      departments: names(job.department),
      offices: names(places.map((l) => l.city), job.city),
      countries: [...new Set([...places.map((l) => l.countryCode), job.country_code, job.country].flatMap((c) => countryCodeOf(c) ?? []))],
      workMode: job.telecommuting === true ? 'remote' : undefined,
      employmentType: employmentTypeOf(job.employment_type),
      posted: isoDate(job.published_on) ?? isoDate(job.created_at),
      apply: webUrl(job.application_url) ?? webUrl(job.url) ?? webUrl(job.shortlink) ?? '',
    };
  });
}

/** Workable. */
export const workable: AtsAdapter = {
  source: 'workable',
  label: 'Workable',
  origin: () => 'https://apply.workable.com',
  feedPath: (account) => path(account),
  read: ({ account, fetch }) => fetch(path(account), parseWorkable),
};
