import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, jobPostingJsonLd, organizationJsonLd, profilePageJsonLd, serializeJsonLd, type JobPostingFacts } from '../../src/lib/jsonld.ts';

const org = { name: 'Acme & Co', url: 'https://careers.acme.test/', logo: 'https://careers.acme.test/_astro/logo.png', sameAs: ['https://www.linkedin.com/company/acme'] };

const onsite: JobPostingFacts = {
  id: 'backend-engineer',
  title: 'Backend engineer',
  descriptionHtml: '<p>You build services.</p>',
  url: 'https://careers.acme.test/jobs/backend-engineer/',
  posted: new Date('2026-02-01'),
  validThrough: new Date('2026-04-30'),
  workMode: 'onsite',
  addresses: [{ street: 'Korenmarkt 1', postalCode: '9000', city: 'Ghent', region: 'East Flanders', country: 'BE' }],
  remoteCountries: [],
  employmentType: 'full-time',
  salary: { min: 52000, max: 64000, currency: 'EUR', unit: 'year' },
  directApply: true,
  inLanguage: 'en',
};

describe('serializeJsonLd', () => {
  it('escapes <, >, & and the line separators so that no field can close the script element', () => {
    const json = serializeJsonLd({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Tools & tricks </script><script>alert(1)</script> <!-- x -->', text: 'a\u2028b\u2029c' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toMatchInlineSnapshot(`"{"@context":"https://schema.org","@type":"Article","headline":"Tools \\u0026 tricks \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- x --\\u003e","text":"a\\u2028b\\u2029c"}"`);
  });

  it('keeps the meaning: parsing gives back the same data', () => {
    const data = { '@context': 'https://schema.org', '@type': 'Article', headline: '</script> & <b>', keywords: ['\u2028', '>'] } as const;
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('jobPostingJsonLd', () => {
  it('gives an on-site job every property Google requires, with its postal address', () => {
    const ld = jobPostingJsonLd(onsite, org);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Backend engineer',
      description: '<p>You build services.</p>',
      datePosted: '2026-02-01',
      validThrough: '2026-04-30',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Acme & Co', sameAs: 'https://careers.acme.test/', logo: 'https://careers.acme.test/_astro/logo.png' },
      jobLocation: [
        { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Korenmarkt 1', postalCode: '9000', addressLocality: 'Ghent', addressRegion: 'East Flanders', addressCountry: 'BE' } },
      ],
      identifier: { '@type': 'PropertyValue', name: 'Acme & Co', value: 'backend-engineer' },
      directApply: true,
    });
    expect(ld.jobLocationType).toBeUndefined();
  });

  it('describes a salary range as a MonetaryAmount with a QuantitativeValue, and one figure as a value', () => {
    expect(jobPostingJsonLd(onsite, org).baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 52000, maxValue: 64000, unitText: 'YEAR' },
    });
    expect(jobPostingJsonLd({ ...onsite, salary: { min: 18, currency: 'EUR', unit: 'hour' } }, org).baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 18, unitText: 'HOUR' },
    });
    expect(jobPostingJsonLd({ ...onsite, salary: undefined }, org)).not.toHaveProperty('baseSalary');
  });

  it('marks a fully remote job TELECOMMUTE with the countries applicants may live in, and no office', () => {
    const ld = jobPostingJsonLd({ ...onsite, workMode: 'remote', remoteCountries: ['BE', 'NL'] }, org);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'BE' },
      { '@type': 'Country', name: 'NL' },
    ]);
    expect(ld).not.toHaveProperty('jobLocation');
  });

  it('gives a hybrid job the address of each of its offices and no TELECOMMUTE', () => {
    const ld = jobPostingJsonLd({ ...onsite, workMode: 'hybrid', addresses: [...onsite.addresses, { street: 'Rue de la Loi 16', postalCode: '1000', city: 'Brussels', country: 'BE' }] }, org);
    expect((ld.jobLocation as unknown as { address: { addressLocality: string } }[]).map((p) => p.address.addressLocality)).toEqual(['Ghent', 'Brussels']);
    expect(ld).not.toHaveProperty('jobLocationType');
  });

  it('maps every contract type to Google’s employmentType', () => {
    const types = (['full-time', 'part-time', 'contract', 'temporary', 'internship', 'volunteer'] as const).map((employmentType) => jobPostingJsonLd({ ...onsite, employmentType }, org).employmentType);
    expect(types).toEqual(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER']);
  });

  it('claims directApply only when the job says so', () => {
    expect(jobPostingJsonLd({ ...onsite, directApply: false }, org)).not.toHaveProperty('directApply');
  });

  it('never leaves the description empty: a job without a body is described by its escaped title', () => {
    expect(jobPostingJsonLd({ ...onsite, title: 'R&D <lead>', descriptionHtml: '  ' }, org).description).toBe('<p>R&amp;D &lt;lead&gt;</p>');
  });
});

describe('other structured data', () => {
  it('describes the company as an Organization with its profiles', () => {
    expect(organizationJsonLd(org)).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', ...org });
  });

  it('describes a story as an Article by its tellers, published by the company', () => {
    const ld = articleJsonLd(
      {
        headline: 'First day',
        description: 'Ana remembers.',
        url: 'https://careers.acme.test/stories/first-day/',
        datePublished: new Date('2026-01-12'),
        images: ['https://careers.acme.test/og/stories/first-day.png'],
        authors: [{ name: 'Ana Peeters', url: 'https://careers.acme.test/ambassadors/ana-peeters/' }],
        inLanguage: 'en',
      },
      org,
    );
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'First day',
      datePublished: '2026-01-12T00:00:00.000Z',
      dateModified: '2026-01-12T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Ana Peeters', url: 'https://careers.acme.test/ambassadors/ana-peeters/' }],
      publisher: { '@type': 'Organization', name: 'Acme & Co' },
    });
  });

  it('describes an ambassador as a ProfilePage whose main entity is the Person', () => {
    const ld = profilePageJsonLd({ name: 'Ana Peeters', url: 'https://careers.acme.test/ambassadors/ana-peeters/', jobTitle: 'Backend engineer', sameAs: [] }, org);
    expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Ana Peeters', jobTitle: 'Backend engineer', worksFor: { '@type': 'Organization', name: 'Acme & Co' } } });
    expect(ld.mainEntity).not.toHaveProperty('sameAs');
  });

  it('names the company as the one a former colleague was part of, not the one they work for', () => {
    const ld = profilePageJsonLd({ name: 'Ana Peeters', url: 'https://careers.acme.test/ambassadors/ana-peeters/', former: true }, org);
    expect(ld.mainEntity).toMatchObject({ alumniOf: { '@type': 'Organization', name: 'Acme & Co' } });
    expect(ld.mainEntity).not.toHaveProperty('worksFor');
  });

  it('numbers breadcrumbs from 1', () => {
    expect(breadcrumbJsonLd([{ name: 'Home', url: 'https://x.test/' }, { name: 'Jobs', url: 'https://x.test/jobs/' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: 'Jobs', item: 'https://x.test/jobs/' },
    ]);
  });
});
