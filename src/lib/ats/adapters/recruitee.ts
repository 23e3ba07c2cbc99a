/** Recruitee's careers site API: one request for every offer, with its translations. */
import { employmentTypeOf, isoDate, list, names, obj, parseJson, salaryOf, sections, str, webUrl, langOf } from '../read.ts';
import type { AtsAdapter, AtsPosting } from '../types.ts';

const PATH = '/api/offers/';

const html = (fields: Record<string, unknown>) =>
  sections([{ html: typeof fields.description === 'string' ? fields.description : '' }, { html: typeof fields.requirements === 'string' ? fields.requirements : '' }]);

/** Reads the body of /api/offers/ into postings. */
export function parseRecruitee(body: string, languages: readonly string[] = []): AtsPosting[] {
  return list(obj(parseJson(body)).offers).map((raw) => {
    const offer = obj(raw);
    const salary = obj(offer.salary);
    const translations: Record<string, { title: string; html: string }> = {};
    for (const [code, value] of Object.entries(obj(offer.translations))) {
      const lang = langOf(code);
      const version = obj(value);
      if (lang && str(version.title)) translations[lang] = { title: str(version.title), html: html(version) };
    }
    // The site's default language is the main text when the offer has it; else the offer's own text,
    // whose language is the translation that repeats it.
    const main = languages[0] ? translations[languages[0]] : undefined;
    const own = main ? languages[0] : Object.keys(translations).find((code) => translations[code]!.title === str(offer.title));
    if (own) delete translations[own];
    const locations = list(offer.locations).map(obj);
    return {
      id: str(offer.id),
      title: main?.title ?? str(offer.title),
      html: main?.html ?? html(offer),
      departments: names(offer.department),
      offices: names(locations.map((l) => l.city || l.name), locations.length ? [] : offer.city),
      countries: names(locations.map((l) => l.country_code), offer.country_code).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)),
      workMode: offer.remote === true ? 'remote' : offer.hybrid === true ? 'hybrid' : offer.on_site === true ? 'onsite' : undefined,
      employmentType: employmentTypeOf(offer.employment_type_code),
      posted: isoDate(offer.published_at) ?? isoDate(offer.created_at),
      closes: isoDate(offer.close_at),
      salary: salaryOf(salary.min, salary.max, salary.currency, salary.period),
      apply: webUrl(offer.careers_apply_url) ?? webUrl(offer.careers_url) ?? '',
      ...(own ? { lang: own } : {}),
      translations,
    };
  });
}

/** Recruitee. */
export const recruitee: AtsAdapter = {
  source: 'recruitee',
  label: 'Recruitee',
  origin: (account) => `https://${account}.recruitee.com`,
  feedPath: () => PATH,
  read: ({ fetch, languages }) => fetch(PATH, (body) => parseRecruitee(body, languages)),
};
