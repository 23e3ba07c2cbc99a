/**
 * How the card routes reach the card service. The routes run inside Astro's bundled build output,
 * the service inside the og-cards integration (src/integrations/og-cards.ts), which owns the worker
 * threads, the cache and the build's statistics; both sides meet on one global slot.
 */
import type { CardSpec } from './cards.ts';

/** What a route can ask of the card service. */
export interface CardService {
  /** Starts work on every card of a route at once (idempotent per path): cache look-up, then rendering. */
  submit(specs: readonly CardSpec[]): void;
  /** The file of a submitted card (PNG or JPEG, as its spec says), once it is ready. */
  get(path: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Files the routes cannot learn from the entries (the SVG logo), found by the integration. */
  files: { logoFile?: string | undefined };
  /**
   * True in a build: the service copies every card into the output folder itself when the build
   * ends, so the card route lists no pages (an endpoint per card cost Astro ~4 ms each, seconds for
   * thousands). False on the dev server, where the route serves each card as it is asked for.
   */
  writesFiles: boolean;
}

const SLOT = Symbol.for('vaandel.og.card-service');

/** Makes a service available to the card routes (the og-cards integration does this). */
export function provideCardService(service: CardService | undefined): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = service;
}

/** The card service of this build or dev server; a clear error when the integration is missing. */
export function useCardService(): CardService {
  const service = (globalThis as Record<symbol, unknown>)[SLOT] as CardService | undefined;
  if (!service) {
    throw new Error(
      'Social cards need the og-cards integration: add `ogCards()` from src/integrations/og-cards.ts to `integrations` in astro.config.mjs.',
    );
  }
  return service;
}
