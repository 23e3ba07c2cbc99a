/**
 * Network I/O for ATS feeds: one GET with a timeout, retries, a size limit and ETags. Uses the
 * platform's fetch; a test points it at a server of its own on 127.0.0.1.
 */
import { FeedError } from './types.ts';

/** The limits of a request. */
export interface HttpOptions {
  /** Milliseconds before one try gives up (default 10 s). */
  timeoutMs?: number;
  /** Tries after the first one fails with a network error, a timeout, a 5xx or a 429 (default 2). */
  retries?: number;
  /** Milliseconds to wait before the first retry; doubled for each next one (default 500). */
  backoffMs?: number;
  /** The largest body accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/** Default limits: 10 s, 2 retries, 20 MB. */
export const HTTP_DEFAULTS = { timeoutMs: 10_000, retries: 2, backoffMs: 500, maxBytes: 20 * 1024 * 1024 } as const;

/** What a GET gave: a body, or "not modified" for the ETag sent. */
export type HttpResult = { status: 200; body: string; etag?: string } | { status: 304 };

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads a body as text, refusing it once it grows past `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedError(`answered with ${MB(declared)}, more than the ${MB(maxBytes)} a job feed may be; it was refused`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedError(`answered with more than the ${MB(maxBytes)} a job feed may be; it was refused`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** One try. */
async function getOnce(url: string, etag: string | undefined, options: Required<HttpOptions>): Promise<HttpResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json, application/xml, application/rss+xml, text/xml;q=0.9, */*;q=0.5', 'user-agent': 'Vaandel careers site (job feed reader)', ...(etag ? { 'if-none-match': etag } : {}) }, signal, redirect: 'follow' });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new FeedError(`did not answer within ${options.timeoutMs / 1000} s`, true);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FeedError(`could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`, true);
  }
  if (response.status === 304 && etag) return { status: 304 };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const retryable = response.status >= 500 || response.status === 429;
    const hint = response.status === 404 ? ': check the account name' : '';
    throw new FeedError(`answered ${response.status} ${response.statusText}${hint}`.trim(), retryable);
  }
  try {
    const body = await readLimited(response, options.maxBytes);
    const tag = response.headers.get('etag') ?? undefined;
    return { status: 200, body, ...(tag ? { etag: tag } : {}) };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new FeedError(`did not finish answering within ${options.timeoutMs / 1000} s`, true);
    throw new FeedError(`broke off its answer (${(error as Error).message})`, true);
  }
}

/** GETs `url`, with If-None-Match when an ETag is given, retrying what may pass on a second try. */
export async function httpGet(url: string, etag: string | undefined, options: HttpOptions = {}): Promise<HttpResult> {
  const limits = { ...HTTP_DEFAULTS, ...options };
  let tries = 0;
  for (;;) {
    tries++;
    try {
      return await getOnce(url, etag, limits);
    } catch (error) {
      if (!(error instanceof FeedError) || !error.retryable || tries > limits.retries) {
        if (error instanceof FeedError && tries > 1) throw new FeedError(`${error.message} (${tries} tries)`, error.retryable);
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, limits.backoffMs * 2 ** (tries - 1)));
    }
  }
}
