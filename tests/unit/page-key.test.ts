/**
 * Page keys (src/lib/page-key.ts) and Astro's image metadata: in the build an imported image is a
 * proxy that marks the image as shown by a page when a field is read (Astro then keeps the original
 * file in the output). The key must still change with the image, without reading the proxy's fields.
 */
import { describe, expect, it } from 'vitest';
import { hashEntry, pageKey } from '../../src/lib/page-key.ts';

/** An image as Astro's build hands it to a page: a proxy that records the reads of its fields, `fsPath` and `clone` exempt (astro/dist/assets/utils/proxy.js). */
function astroImage(fields: { src: string; width: number; height: number; format: string }, fsPath: string, reads: string[]) {
  return new Proxy(fields, {
    get(target, name) {
      if (name === 'clone') return structuredClone(target);
      if (name === 'fsPath') return fsPath;
      const value = target[name as keyof typeof target];
      if (value !== undefined) reads.push(String(name));
      return value;
    },
  });
}

const context = { site: { name: 'Example' }, today: new Date('2026-03-04') };
const entry = (photo: unknown) => ({ collection: 'ambassadors', id: 'ann', data: { name: 'Ann', photo } });

describe('page keys of entries with images', () => {
  it('hash an image without reading its fields', () => {
    const reads: string[] = [];
    const photo = astroImage({ src: '/_astro/photo.AbC123.jpg', width: 640, height: 640, format: 'jpg' }, '/content/ambassadors/ann/photo.jpg', reads);
    hashEntry(entry(photo));
    pageKey(context, { photo });
    expect(reads).toEqual([]);
  });

  it('change when the photo file changes (a new content hash in its name) and not otherwise', () => {
    const fsPath = '/content/ambassadors/ann/photo.jpg';
    const key = (src: string, width = 640) => pageKey(context, entry(astroImage({ src, width, height: 640, format: 'jpg' }, fsPath, [])));
    expect(key('/_astro/photo.AbC123.jpg')).toBe(key('/_astro/photo.AbC123.jpg'));
    expect(key('/_astro/photo.XyZ789.jpg')).not.toBe(key('/_astro/photo.AbC123.jpg'));
    expect(key('/_astro/photo.AbC123.jpg', 800)).not.toBe(key('/_astro/photo.AbC123.jpg'));
  });

  it('hash the same fields as a plain object holding them (keys made before stay valid)', () => {
    const fields = { src: '/_astro/photo.AbC123.jpg', width: 640, height: 640, format: 'jpg' };
    const proxied = astroImage(fields, '/content/ambassadors/ann/photo.jpg', []);
    expect(pageKey(context, { photo: proxied })).toBe(pageKey(context, { photo: { ...fields } }));
  });
});
