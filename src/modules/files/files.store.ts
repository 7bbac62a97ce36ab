import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where file bytes live, by opaque storage key. The database row (stored_files) is the truth about a
 * file; a store only keeps bytes, so an S3-compatible store can implement the same three calls.
 */
export interface FileStore {
  /** Stores the bytes under a fresh key (see newStorageKey); the key shows only once the bytes are whole. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{32}$/;

/** A fresh random storage key (128 bits): never derived from the file name or the uploader. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Files in a local directory, sharded as ab/cd/abcd… so no directory grows past 65,536 entries' worth. */
export class LocalFileStore implements FileStore {
  constructor(readonly root: string) {}

  /** The file's path; the key is checked first, so a key can never point outside the root. */
  pathFor(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathFor(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write and flush a temp file, then rename: a crash leaves at most a stray temp file, never a half file.
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (err) {
      await handle.close();
      await fs.rm(temp, { force: true });
      throw err;
    }
    await handle.close();
    try {
      await fs.rename(temp, target);
    } catch (err) {
      await fs.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathFor(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathFor(key), { force: true });
  }
}
