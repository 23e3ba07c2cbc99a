/**
 * Deletes emitted images that nothing in the built site refers to, such as the original photos of
 * unpublished ambassadors, which Astro copies because their profile names them (see
 * src/lib/asset-references.ts). Register it last, after every integration that writes output.
 * What each page names is kept in the cache folder (src/lib/file-facts-fs.ts), so a page the
 * build left in place is not read again.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findAssetReferences, IMAGE_ASSET, TEXT_OUTPUT } from '../lib/asset-references.ts';
import { learnFromFiles, listOutput } from '../lib/file-facts-fs.ts';

/** The record in the cache folder of the images each output file names. */
export const ASSET_REFERENCES_RECORD = 'vaandel-asset-references.json';

/** The integration. */
export function pruneUnusedImages(): AstroIntegration {
  let assetsDir = '_astro';
  let cacheDir = '';
  return {
    name: 'vaandel-prune-unused-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsDir = config.build.assets;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const assets = path.join(out, assetsDir);
        const images = (await fs.readdir(assets).catch(() => [] as string[])).filter((f) => IMAGE_ASSET.test(f));
        if (images.length === 0) return;
        const record = path.join(cacheDir, ASSET_REFERENCES_RECORD);
        const texts = await learnFromFiles(out, await listOutput(out, TEXT_OUTPUT), record, `/${assetsDir}/`, (text) => [...findAssetReferences(text, assetsDir)]);
        const used = new Set(texts.flatMap(({ facts }) => facts));
        const unused = images.filter((f) => !used.has(f));
        await Promise.all(unused.map((f) => fs.unlink(path.join(assets, f))));
        if (unused.length) logger.info(`removed ${unused.length} image${unused.length === 1 ? '' : 's'} no page uses`);
      },
    },
  };
}
