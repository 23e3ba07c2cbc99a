/**
 * SmartRecruiters' Posting API: the list pages (limit/offset) give the facts, each posting's own
 * address its ad text. Postings of one job in several languages share a refNumber.
 */
import { countryCodeOf, employmentTypeOf, isoDate, langOf, list, names, num, obj, parseJson, sections, str, webUrl } from '../read.ts';
import type { AtsAdapter, AtsPosting } from '../types.ts';

/** Postings per page (the API's maximum). */
export const SMARTRECRUITERS_PAGE = 100;
const listPath = (account: string, offset: number) => `/v1/companies/${encodeURIComponent(account)}/postings?limit=${SMARTRECRUITERS_PAGE}&offset=${offset}`;
const detailPath = (account: string, id: string) => `/v1/companies/${encodeURIComponent(account)}/postings/${encodeURIComponent(id)}`;

/** One list page: its postings (without ad text), grouping key and the total. */
export function parseSmartRecruitersList(body: string): { total: number; postings: (AtsPosting & { group: string })[] } {
  const data = obj(parseJson(body));
  const postings = list(data.content).map((raw) => {
    const job = obj(raw);
    const location = obj(job.location);
    const id = str(job.id);
    return {
      id,
      group: str(job.refNumber) || id,
      title: str(job.name),
      html: '',
      departments: names(obj(job.department).label, obj(job.function).label),
      offices: names(location.city),
      countries: names(location.country).flatMap((c) => countryCodeOf(c) ?? []),
      workMode: location.remote === true ? ('remote' as const) : location.hybrid === true ? ('hybrid' as const) : undefined,
      employmentType: employmentTypeOf(obj(job.typeOfEmployment).label) ?? employmentTypeOf(obj(job.typeOfEmployment).id),
      posted: isoDate(job.releasedDate),
      apply: '',
      lang: langOf(obj(job.language).code),
    };
  });
  return { total: num(data.totalFound) ?? postings.length, postings };
}

/** One posting's own address: its ad text and apply URL. */
export function parseSmartRecruitersDetail(body: string): { html: string; apply: string } {
  const job = obj(parseJson(body));
  const parts = obj(obj(job.jobAd).sections);
  const order = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'];
  const keys = [...order.filter((k) => k in parts), ...Object.keys(parts).filter((k) => !order.includes(k))];
  return {
    html: sections(keys.map((k) => ({ title: str(obj(parts[k]).title), html: typeof obj(parts[k]).text === 'string' ? (obj(parts[k]).text as string) : '' }))),
    apply: webUrl(job.applyUrl) ?? webUrl(job.postingUrl) ?? '',
  };
}

/** SmartRecruiters. */
export const smartrecruiters: AtsAdapter = {
  source: 'smartrecruiters',
  label: 'SmartRecruiters',
  origin: () => 'https://api.smartrecruiters.com',
  feedPath: (account) => listPath(account, 0),
  read: async ({ account, languages, fetch }) => {
    const listed: (AtsPosting & { group: string })[] = [];
    for (let offset = 0; ; offset += SMARTRECRUITERS_PAGE) {
      const page = await fetch(listPath(account, offset), parseSmartRecruitersList);
      listed.push(...page.postings);
      if (page.postings.length < SMARTRECRUITERS_PAGE || listed.length >= page.total) break;
    }
    // The ad text of each posting, a few at a time.
    const queue = [...listed];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const detail = await fetch(detailPath(account, job.id), parseSmartRecruitersDetail);
          job.html = detail.html;
          job.apply = detail.apply;
        }
      }),
    );
    // One job per refNumber: the posting in the site's default language, the others its translations.
    const groups = new Map<string, (AtsPosting & { group: string })[]>();
    for (const job of listed) groups.set(job.group, [...(groups.get(job.group) ?? []), job]);
    return [...groups.values()].map((versions) => {
      const main = versions.find((v) => v.lang === languages[0]) ?? versions[0]!;
      const translations = Object.fromEntries(versions.filter((v) => v !== main && v.lang).map((v) => [v.lang!, { title: v.title, html: v.html }]));
      const { group: _group, ...posting } = main;
      return { ...posting, translations };
    });
  },
};
