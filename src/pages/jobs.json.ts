import type { APIRoute } from 'astro';
import { getPageContext } from '../data/pages';
import { buildJobsJson } from '../data/feeds';

/** /jobs.json: the open jobs for job boards and integrations (fields documented in README.md). */
export const GET: APIRoute = async () => {
  const { site, catalog } = await getPageContext();
  return new Response(JSON.stringify(buildJobsJson(site, catalog), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
