import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, serveStatic, type StaticServer } from '../helpers/serve.ts';

let dir: string;
let server: StaticServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vaandel-serve-'));
  await mkdir(path.join(dir, 'site/jobs'), { recursive: true });
  await mkdir(path.join(dir, 'site-secret'));
  await writeFile(path.join(dir, 'site/index.html'), 'home');
  await writeFile(path.join(dir, 'site/jobs/index.html'), 'jobs');
  await writeFile(path.join(dir, 'site/404.html'), 'not here');
  await writeFile(path.join(dir, 'site-secret/key.txt'), 'secret');
  server = await serveStatic(path.join(dir, 'site'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** GET a raw request path, as a client that does not normalise it sends it. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.origin}${rawPath}`, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the static test server', () => {
  it('serves index.html for a folder and 404.html for what is missing', async () => {
    expect(await get('/')).toEqual({ status: 200, body: 'home' });
    expect(await get('/jobs/')).toEqual({ status: 200, body: 'jobs' });
    expect(await get('/nope/')).toEqual({ status: 404, body: 'not here' });
  });

  it.each(['/..%2fsite-secret/key.txt', '/..%2F..%2f' + 'etc/hostname', '/%2e%2e%2fsite-secret/key.txt', '/jobs/..%2f..%2fsite-secret/key.txt'])('never serves a file outside its folder: %s', async (rawPath) => {
    const { status, body } = await get(rawPath);
    expect(status).toBe(403);
    expect(body).not.toContain('secret');
  });

  it('refuses a malformed escape instead of failing', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(403);
  });
});

describe('resolveInside', () => {
  it('compares with the root and a separator, so that a sibling sharing its name is outside', () => {
    expect(resolveInside('/srv/site', '/a/b.png')).toBe(path.join('/srv/site', 'a/b.png'));
    expect(resolveInside('/srv/site', '/a/')).toBe(path.join('/srv/site', 'a/index.html'));
    expect(resolveInside('/srv/site', '/')).toBe(path.join('/srv/site', 'index.html'));
    expect(resolveInside('/srv/site', '/..%2fsite-secret/x')).toBeUndefined();
    expect(resolveInside('/srv/site', '/..%2f')).toBeUndefined();
  });
});
