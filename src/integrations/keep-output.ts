/**
 * Rebuilds into the output folder without emptying it. Astro empties it before every build, so each
 * page the incremental build reuses is then copied back from the cache as a new file: at 1,000
 * entries that was 3–4 s of a 15 s rebuild, as creating a file and its folder takes about 2 ms on
 * our build machines' disks. With the folder kept, a reused page already in place is left alone, and
 * the build ends by deleting what it no longer makes, such as the pages of a person who withdrew
 * (src/lib/output-folder-fs.ts). A folder that is not as the last build left it is emptied first.
 * Register it last, after every integration that writes output. `managedFolders` names folders of
 * the output that another integration keeps up to date itself (the search index): the sweep leaves them alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emptyFolder, hashSnapshot, readOutputRecord, removeStaleFiles, snapshotFolder, writeOutputRecord, type OutputSnapshot } from '../lib/output-folder-fs.ts';

/** The integration. */
export function keepOutput({ managedFolders = [] }: { managedFolders?: readonly string[] } = {}): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let before: OutputSnapshot = new Map();
  return {
    name: 'vaandel:keep-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        const record = await readOutputRecord(cacheDir);
        before = snapshotFolder(outDir);
        if (before.size === 0) return;
        const why = record?.outDir !== outDir ? 'holds files of a build this cache folder has no record of' : record.snapshot !== hashSnapshot(before) ? 'changed since the last build' : undefined;
        if (why) {
          logger.info(`${outDir} ${why}: emptying it, every page will be written again`);
          emptyFolder(outDir);
          before = new Map();
        }
      },
      'astro:build:done': async ({ assets, logger }) => {
        // The pages and endpoints of this build, those left in place included.
        const produced = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/')));
        const after = snapshotFolder(outDir); // one look at every file, for the sweep and the record
        for (const file of after.keys()) if (managedFolders.some((folder) => file.startsWith(`${folder}/`))) produced.add(file);
        const removed = await removeStaleFiles(outDir, before, produced, after);
        if (removed.length) logger.info(`removed ${removed.length} file${removed.length === 1 ? '' : 's'} this build no longer makes`);
        await writeOutputRecord(cacheDir, { outDir, snapshot: hashSnapshot(after) });
      },
    },
  };
}
