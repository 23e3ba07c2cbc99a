/** Ashby's public job posting API: one request for the board, with compensation when asked. */
import { countryCodeOf, employmentTypeOf, isoDate, list, names, obj, parseJson, salaryOf, str, webUrl, workModeOf } from '../read.ts';
import type { AtsAdapter, AtsPosting } from '../types.ts';

const path = (account: string) => `/posting-api/job-board/${encodeURIComponent(account)}?includeCompensation=true`;

/** The base salary among Ashby's compensation components. */
function salaryOfAshby(compensation: Record<string, unknown>): AtsPosting['salary'] {
  const components = [...list(compensation.summaryComponents), ...list(obj(list(compensation.compensationTiers)[0]).components)].map(obj);
  const pay = components.find((c) => c.compensationType === 'Salary');
  return pay ? salaryOf(pay.minValue, pay.maxValue, pay.currencyCode, pay.interval) : undefined;
}

/** Reads the body of /posting-api/job-board/{name} into postings. */
export function parseAshby(body: string): AtsPosting[] {
  return list(obj(parseJson(body)).jobs)
    .map(obj)
    .filter((job) => job.isListed !== false)
    .map((job) => {
      const secondary = list(job.secondaryLocations).map(obj);
      const addresses = [obj(obj(job.address).postalAddress), ...secondary.map((s) => obj(obj(s.address).postalAddress ?? s.address))];
      return {
        id: str(job.id),
        title: str(job.title),
        html: typeof job.descriptionHtml === 'string' ? job.descriptionHtml : '',
        departments: names(job.team, job.department),
        offices: names(job.location, secondary.map((s) => s.location), addresses.map((a) => a.addressLocality)),
        countries: [...new Set(addresses.flatMap((a) => countryCodeOf(a.addressCountry) ?? []))],
        workMode: workModeOf(job.workplaceType) ?? (job.isRemote === true ? 'remote' : undefined),
        employmentType: employmentTypeOf(job.employmentType === 'FullTime' ? 'full-time' : job.employmentType === 'PartTime' ? 'part-time' : job.employmentType),
        posted: isoDate(job.publishedAt),
        salary: salaryOfAshby(obj(job.compensation)),
        apply: webUrl(job.applyUrl) ?? webUrl(job.jobUrl) ?? '',
      };
    });
}

/** Ashby. */
export const ashby: AtsAdapter = {
  source: 'ashby',
  label: 'Ashby',
  origin: () => 'https://api.ashbyhq.com',
  feedPath: (account) => path(account),
  read: ({ account, fetch }) => fetch(path(account), parseAshby),
};
