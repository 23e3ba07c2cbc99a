/**
 * Deletes emitted images that nothing in the built site refers to, such as the original photos of
 * unpublished ambassadors, which Astro copies because their profile names them (see
 * src/lib/asset-references.ts). Register it last, after every integration that writes output.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findAssetReferences, IMAGE_ASSET, TEXT_OUTPUT } from '../lib/asset-references.ts';

/** The integration. */
export function pruneUnusedImages(): AstroIntegration {
  let assetsDir = '_astro';
  return {
    name: 'vaandel-prune-unused-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const assets = path.join(out, assetsDir);
        const images = (await fs.readdir(assets).catch(() => [] as string[])).filter((f) => IMAGE_ASSET.test(f));
        if (images.length === 0) return;
        const used = new Set<string>();
        const entries = await fs.readdir(out, { recursive: true, withFileTypes: true });
        for (const entry of entries) {
          if (!entry.isFile() || !TEXT_OUTPUT.test(entry.name)) continue;
          const text = await fs.readFile(path.join(entry.parentPath, entry.name), 'utf8');
          for (const name of findAssetReferences(text, assetsDir)) used.add(name);
        }
        const unused = images.filter((f) => !used.has(f));
        await Promise.all(unused.map((f) => fs.unlink(path.join(assets, f))));
        if (unused.length) logger.info(`removed ${unused.length} image${unused.length === 1 ? '' : 's'} no page uses`);
      },
    },
  };
}
