/** Greenhouse's Job Board API: one request for the whole board, descriptions entity-escaped. */
import { isoDate, list, names, obj, parseJson, salaryOf, str, webUrl, workModeOf, langOf } from '../read.ts';
import { decodeEscapedHtml } from '../sanitise.ts';
import type { AtsAdapter, AtsPosting } from '../types.ts';

const path = (account: string) => `/v1/boards/${encodeURIComponent(account)}/jobs?content=true&pay_transparency=true`;

/** Reads the body of /v1/boards/{token}/jobs into postings. */
export function parseGreenhouse(body: string): AtsPosting[] {
  return list(obj(parseJson(body)).jobs).map((raw) => {
    const job = obj(raw);
    const location = str(obj(job.location).name);
    const metadata = list(job.metadata).map((m) => `${str(obj(m).name)}: ${str(obj(m).value)}`);
    const pay = obj(list(job.pay_input_ranges)[0]);
    const cents = (v: unknown) => (typeof v === 'number' ? v / 100 : undefined);
    const offices = names(list(job.offices).map((o) => obj(o).name));
    return {
      id: str(job.id),
      title: str(job.title),
      html: decodeEscapedHtml(typeof job.content === 'string' ? job.content : ''),
      departments: names(list(job.departments).map((d) => obj(d).name)),
      offices: offices.length ? offices : names(location.split(/\s*[;|]\s*/)),
      countries: [],
      workMode: workModeOf([location, ...metadata].find((text) => workModeOf(text))),
      posted: isoDate(job.first_published) ?? isoDate(job.updated_at),
      salary: salaryOf(cents(pay.min_cents), cents(pay.max_cents), pay.currency_type, pay.interval ?? pay.title),
      apply: webUrl(job.absolute_url) ?? '',
      lang: langOf(job.language),
    };
  });
}

/** Greenhouse. */
export const greenhouse: AtsAdapter = {
  source: 'greenhouse',
  label: 'Greenhouse',
  origin: () => 'https://boards-api.greenhouse.io',
  feedPath: (account) => path(account),
  read: ({ account, fetch }) => fetch(path(account), parseGreenhouse),
};
