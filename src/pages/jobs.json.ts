import type { APIRoute } from 'astro';
import { buildJobsJson } from '../data/feeds.ts';

/** /jobs.json: the open jobs for job boards and integrations (fields documented in README.md). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildJobsJson(), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
