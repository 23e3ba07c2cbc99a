/** Google's rules for JobPosting structured data, as a list of what a posting lacks. */
import { asList, type LdNode } from './html.ts';

/**
 * What a JobPosting lacks of Google's required properties: title, description (HTML), datePosted,
 * hiringOrganization (name, sameAs or url, absolute logo), and jobLocation with a postal address or
 * jobLocationType TELECOMMUTE with applicantLocationRequirements.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
export function findJobPostingProblems(job: LdNode): string[] {
  const problems: string[] = [];
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!nonEmpty(job.title)) problems.push('title is missing');
  if (!nonEmpty(job.description) || !/<[a-z]/i.test(String(job.description))) problems.push('description is missing or not HTML');
  if (!/^\d{4}-\d{2}-\d{2}/.test(String(job.datePosted ?? ''))) problems.push('datePosted is missing or not ISO 8601');
  const org = job.hiringOrganization as LdNode | undefined;
  if (!nonEmpty(org?.name)) problems.push('hiringOrganization.name is missing');
  if (!nonEmpty(org?.sameAs) && !nonEmpty(org?.url)) problems.push('hiringOrganization has no sameAs/url');
  if (!/^https?:\/\//.test(String(org?.logo ?? ''))) problems.push('hiringOrganization.logo is not an absolute URL');
  const places = asList(job.jobLocation as LdNode[]);
  const addressed = places.length > 0 && places.every((p) => nonEmpty((p.address as LdNode | undefined)?.addressCountry));
  const remote = job.jobLocationType === 'TELECOMMUTE';
  if (!addressed && !remote) problems.push('has neither jobLocation with a PostalAddress nor jobLocationType TELECOMMUTE');
  if (remote && asList(job.applicantLocationRequirements as LdNode[]).length === 0) problems.push('is TELECOMMUTE without applicantLocationRequirements');
  if (job.validThrough !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(String(job.validThrough))) problems.push('validThrough is not ISO 8601');
  return problems;
}
