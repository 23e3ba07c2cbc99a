/**
 * schema.org structured data (JSON-LD) for the site's pages, typed with schema-dts (so a property
 * schema.org does not define, or a value of the wrong kind, fails the type check), and the one
 * serializer that makes it safe inside a `<script>` element. Pure: every URL comes in absolute,
 * every date as a Date.
 */
import type { Article, BreadcrumbList, JobPosting, Organization, Person, PostalAddress, ProfilePage, QuantitativeValue, Thing, WithContext } from 'schema-dts';

/** A JSON-LD block of a page: a schema.org node with its @context. */
export type JsonLd = WithContext<Exclude<Thing, string>>;

/** An Organization node (not a bare name). */
type OrganizationNode = Exclude<Organization, string>;
/** A QuantitativeValue node. */
type QuantitativeValueNode = Exclude<QuantitativeValue, string>;

const UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 become \u
 * escapes, so no field can close the script element or open a comment, and the JSON means the same.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}

/** The company as the structured data needs it. */
export interface OrganizationFacts {
  /** Company name. */
  name: string;
  /** The careers site's home URL. */
  url: string;
  /** Absolute URL of the logo, if there is one. */
  logo?: string;
  /** One or two sentences about the company. */
  description?: string;
  /** The company's social profiles. */
  sameAs?: string[];
}

/** An `Organization`, as publisher or employer. */
function organization(org: OrganizationFacts): OrganizationNode {
  return compact<OrganizationNode>({
    '@type': 'Organization',
    name: org.name,
    url: org.url,
    logo: org.logo,
    description: org.description,
    sameAs: org.sameAs?.length ? org.sameAs : undefined,
  });
}

/** The company as an `Organization`, for the home page. */
export function organizationJsonLd(org: OrganizationFacts): WithContext<OrganizationNode> {
  return { '@context': 'https://schema.org', ...organization(org) };
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** What the step is called. */
  name: string;
  /** Its absolute URL. */
  url: string;
}

/** A `BreadcrumbList` from the home page down to the current page. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** A person as structured data needs them. */
export interface PersonFacts {
  /** Full name. */
  name: string;
  /** Absolute URL of their profile page. */
  url: string;
  /** Role at the company. */
  jobTitle?: string;
  /** Absolute URL of their photo. */
  image?: string;
  /** Their short quote. */
  description?: string;
  /** Their own profiles elsewhere. */
  sameAs?: string[];
  /** Language names they speak. */
  knowsLanguage?: string[];
  /** Whether they have left the company (it is then the organisation they were part of, not the one they work for). */
  former?: boolean;
}

function person(p: PersonFacts, org?: OrganizationFacts): Exclude<Person, string> {
  return compact<Exclude<Person, string>>({
    '@type': 'Person',
    name: p.name,
    url: p.url,
    jobTitle: p.jobTitle,
    image: p.image,
    description: p.description,
    sameAs: p.sameAs?.length ? p.sameAs : undefined,
    knowsLanguage: p.knowsLanguage?.length ? p.knowsLanguage : undefined,
    [p.former ? 'alumniOf' : 'worksFor']: org ? organization(org) : undefined,
  });
}

/** A `ProfilePage` whose main entity is the `Person`, for an ambassador's page. */
export function profilePageJsonLd(p: PersonFacts, org: OrganizationFacts, page: { created?: Date; modified?: Date; inLanguage?: string } = {}): WithContext<ProfilePage> {
  return compact<WithContext<ProfilePage>>({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: p.url,
    inLanguage: page.inLanguage,
    dateCreated: page.created?.toISOString(),
    dateModified: page.modified?.toISOString(),
    mainEntity: person(p, org),
  });
}

/** A story as structured data needs it. */
export interface ArticleFacts {
  /** The headline. */
  headline: string;
  /** The summary. */
  description: string;
  /** Absolute URL of the story page. */
  url: string;
  /** Publication date. */
  datePublished: Date;
  /** Last real update. */
  dateModified?: Date;
  /** Absolute URLs of the cover or card. */
  images: string[];
  /** The ambassadors who tell it. */
  authors: { name: string; url: string }[];
  /** Language of the story. */
  inLanguage: string;
}

/** An `Article` for a story page. */
export function articleJsonLd(a: ArticleFacts, org: OrganizationFacts): WithContext<Exclude<Article, string>> {
  return compact<WithContext<Exclude<Article, string>>>({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: a.datePublished.toISOString(),
    dateModified: (a.dateModified ?? a.datePublished).toISOString(),
    image: a.images.length ? a.images : undefined,
    author: a.authors.map((p) => ({ '@type': 'Person', name: p.name, url: p.url })),
    publisher: organization(org),
    inLanguage: a.inLanguage,
  });
}

/** A postal address, as in site.yaml. */
export interface AddressFacts {
  street: string;
  postalCode: string;
  city: string;
  region?: string;
  country: string;
}

/** A job as structured data needs it. */
export interface JobPostingFacts {
  /** The job's id (file name), used as identifier. */
  id: string;
  /** The job title. */
  title: string;
  /** The description, as HTML (the same HTML the page shows). */
  descriptionHtml: string;
  /** Absolute URL of the job page. */
  url: string;
  /** Publication date. */
  posted: Date;
  /** Last day to apply. */
  validThrough: Date;
  /** onsite, hybrid or remote. */
  workMode: 'onsite' | 'hybrid' | 'remote';
  /** Addresses of the job's locations. */
  addresses: AddressFacts[];
  /** Countries a remote applicant may live in (two-letter codes). */
  remoteCountries: string[];
  /** The contract type, as in the job schema. */
  employmentType: 'full-time' | 'part-time' | 'contract' | 'temporary' | 'internship' | 'volunteer';
  /** An optional salary. */
  salary?: { min: number; max?: number; currency: string; unit: 'hour' | 'day' | 'week' | 'month' | 'year' };
  /** True only when applying takes one step on the company's own site. */
  directApply: boolean;
  /** Language of the posting (not a property of schema.org's JobPosting, see jobPostingJsonLd). */
  inLanguage: string;
}

/** Our employment types as Google's `employmentType` values. */
export const GOOGLE_EMPLOYMENT_TYPES: Record<JobPostingFacts['employmentType'], string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
  volunteer: 'VOLUNTEER',
};

/** The address as a schema.org `PostalAddress`. */
export function postalAddressJsonLd(a: AddressFacts): PostalAddress {
  return compact<PostalAddress>({
    '@type': 'PostalAddress',
    streetAddress: a.street,
    postalCode: a.postalCode,
    addressLocality: a.city,
    addressRegion: a.region,
    addressCountry: a.country,
  });
}

/**
 * A `JobPosting` following Google's rules for job postings: required title, description (HTML),
 * datePosted, hiringOrganization, and jobLocation with a PostalAddress (on-site and hybrid), or
 * jobLocationType TELECOMMUTE with applicantLocationRequirements (fully remote); recommended
 * validThrough, employmentType, baseSalary and identifier; directApply only when the job says so.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
export function jobPostingJsonLd(job: JobPostingFacts, org: OrganizationFacts): WithContext<JobPosting> & { inLanguage: string } {
  const remote = job.workMode === 'remote';
  // schema.org's JobPosting has no inLanguage (schema-dts says so); search engines ignore it, so it
  // does no harm, and it is typed here as the one property outside the vocabulary.
  return compact<WithContext<JobPosting> & { inLanguage: string }>({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.descriptionHtml.trim() || `<p>${escapeHtml(job.title)}</p>`,
    url: job.url,
    datePosted: isoDay(job.posted),
    validThrough: isoDay(job.validThrough),
    employmentType: GOOGLE_EMPLOYMENT_TYPES[job.employmentType],
    hiringOrganization: compact<OrganizationNode>({ '@type': 'Organization', name: org.name, sameAs: org.url, url: org.url, logo: org.logo }),
    identifier: { '@type': 'PropertyValue', name: org.name, value: job.id },
    jobLocation: remote ? undefined : job.addresses.map((a) => ({ '@type': 'Place', address: postalAddressJsonLd(a) })),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote ? job.remoteCountries.map((c) => ({ '@type': 'Country', name: c })) : undefined,
    baseSalary: job.salary
      ? {
          '@type': 'MonetaryAmount',
          currency: job.salary.currency,
          value: compact<QuantitativeValueNode>({
            '@type': 'QuantitativeValue',
            ...(job.salary.max !== undefined && job.salary.max !== job.salary.min ? { minValue: job.salary.min, maxValue: job.salary.max } : { value: job.salary.min }),
            unitText: job.salary.unit.toUpperCase(),
          }),
        }
      : undefined,
    directApply: job.directApply ? true : undefined,
    inLanguage: job.inLanguage,
  });
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Drops undefined fields so the JSON carries only what is known. */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
