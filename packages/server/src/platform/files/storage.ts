import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live. Content-addressed: a file's key is the SHA-256 of its bytes, so
 * storing the same scan twice keeps one copy and a stored file can be checked against its key.
 * The disk store below is the default; an S3-compatible store implements the same two methods.
 * Nothing here knows who may read a file: that is the `attachment` row's job, behind the scoped
 * data layer.
 */
export interface FileStorage {
  /** Store `bytes`; answers their SHA-256 (lower-case hex), the key to get them back. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `sha256`, or null when there are none. */
  get(sha256: string): Promise<Buffer | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Files under `root/ab/cd/abcd…` (two levels of fan-out keep folders small). */
export class DiskFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  private pathOf(sha256: string): string {
    // The key becomes a path: accept nothing but a hash, so no key can walk out of `root`.
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256 key');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    try {
      await fs.access(target);
      return sha256; // already stored: same bytes, same key
    } catch {
      // not stored yet
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write aside and rename, so a reader never sees half a file and a crash leaves no torn one.
    const temporary = `${target}.${crypto.randomUUID()}.tmp`;
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.rename(temporary, target);
    return sha256;
  }

  async get(sha256: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.pathOf(sha256));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    // A file that no longer matches its key was damaged on disk; never serve it as the original.
    if (sha256Of(bytes) !== sha256) throw new Error(`stored file ${sha256} does not match its hash`);
    return bytes;
  }
}
