import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore, newStorageKey } from './files.store';

let root: string;
let store: LocalFileStore;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-store-'));
  store = new LocalFileStore(root);
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('LocalFileStore', () => {
  it('puts, gets and removes bytes under a random key, sharded two levels deep', async () => {
    const key = newStorageKey();
    const bytes = Buffer.from('%PDF-1.4 test bytes');
    await store.put(key, bytes);
    expect(store.pathFor(key)).toBe(path.join(root, key.slice(0, 2), key.slice(2, 4), key));
    expect((await store.get(key))?.equals(bytes)).toBe(true);
    // Only the final file is left: the temp file it was written to was renamed.
    expect(await fs.readdir(path.dirname(store.pathFor(key)))).toEqual([key]);
    await store.remove(key);
    expect(await store.get(key)).toBeNull();
    await store.remove(key);
  });

  it('makes a different 128-bit key every time', () => {
    const keys = new Set(Array.from({ length: 1000 }, newStorageKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a key that could point outside its directory', async () => {
    for (const key of ['../../etc/passwd', 'AB' + 'c'.repeat(30), '', 'a'.repeat(33)]) {
      expect(() => store.pathFor(key)).toThrow(/invalid storage key/);
      await expect(store.get(key)).rejects.toThrow(/invalid storage key/);
    }
  });
});
