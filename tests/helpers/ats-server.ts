/**
 * A fixture ATS for tests: serves job-feed bodies over real HTTP on 127.0.0.1 (a free port), with
 * ETags, and can be told to fail: a status, a delay, a body cut into slow chunks.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** How one address answers. */
export interface Route {
  /** The body to send. */
  body: string | Buffer;
  /** Content type (default by what the body looks like). */
  type?: string;
  /** Status (default 200). */
  status?: number;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Send an ETag and answer 304 to a matching If-None-Match (default true for 200s). */
  etag?: boolean;
}

/** A running fixture server. */
export interface AtsServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every request's path and query, and its If-None-Match header, in order. */
  requests: { url: string; ifNoneMatch?: string }[];
  /** Replaces how an address (path with query) answers; undefined removes it (404). */
  route(url: string, route: Route | undefined): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** The fixtures folder of the ATS tests. */
export const ATS_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ats');

/** A fixture file's text. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(ATS_FIXTURES, name), 'utf8');
}

/** Serves `routes` (path with query → answer) until closed; any other address answers 404. */
export async function startAtsServer(routes: Record<string, Route> = {}): Promise<AtsServer> {
  const table = new Map(Object.entries(routes));
  const requests: AtsServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ url, ...(typeof ifNoneMatch === 'string' ? { ifNoneMatch } : {}) });
    const route = table.get(url);
    const send = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const status = route.status ?? 200;
      const body = typeof route.body === 'string' ? Buffer.from(route.body) : route.body;
      const type = route.type ?? (body.subarray(0, 1).toString() === '<' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8');
      const tag = status === 200 && route.etag !== false ? `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` : undefined;
      if (tag && ifNoneMatch === tag) {
        res.writeHead(304, { etag: tag }).end();
        return;
      }
      res.writeHead(status, { 'content-type': type, 'content-length': body.length, ...(tag ? { etag: tag } : {}) }).end(body);
    };
    if (route?.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (url, route) => (route ? table.set(url, route) : table.delete(url)),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The routes of each ATS's fixture for the account "brugwerk" (SmartRecruiters: "Brugwerk"). */
export const FIXTURE_ROUTES: Record<string, () => Record<string, Route>> = {
  greenhouse: () => ({ '/v1/boards/brugwerk/jobs?content=true&pay_transparency=true': { body: fixture('greenhouse.json') } }),
  lever: () => ({ '/v0/postings/brugwerk?mode=json&skip=0&limit=100': { body: fixture('lever.json') } }),
  recruitee: () => ({ '/api/offers/': { body: fixture('recruitee.json') } }),
  personio: () => ({
    '/xml?language=en': { body: fixture('personio-en.xml') },
    '/xml?language=nl': { body: fixture('personio-nl.xml') },
  }),
  teamtailor: () => ({ '/jobs.rss': { body: fixture('teamtailor.rss'), type: 'application/rss+xml; charset=utf-8' } }),
  workable: () => ({ '/api/v1/widget/accounts/brugwerk?details=true': { body: fixture('workable.json') } }),
  smartrecruiters: () => ({
    '/v1/companies/Brugwerk/postings?limit=100&offset=0': { body: fixture('smartrecruiters-list.json') },
    ...Object.fromEntries(['744000001', '744000002', '744000003'].map((id) => [`/v1/companies/Brugwerk/postings/${id}`, { body: fixture(`smartrecruiters-${id}.json`) }])),
  }),
  ashby: () => ({ '/posting-api/job-board/brugwerk?includeCompensation=true': { body: fixture('ashby.json') } }),
};
