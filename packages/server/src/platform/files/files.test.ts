import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileOf } from '../../test/multipart.js';
import { sniffContentType } from './file-type.js';
import { DiskFileStorage, sha256Of } from './storage.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-files-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('DiskFileStorage', () => {
  it('stores bytes under their SHA-256, once however often they are put, and gives them back', async () => {
    const store = new DiskFileStorage(root);
    const bytes = fileOf('pdf', 4096);
    const key = await store.put(bytes);
    expect(key).toBe(sha256Of(bytes));
    expect(await store.put(bytes)).toBe(key);
    expect(fs.readdirSync(path.join(root, key.slice(0, 2), key.slice(2, 4)))).toEqual([key]);
    expect((await store.get(key))!.equals(bytes)).toBe(true);
    expect(await store.get('0'.repeat(64))).toBeNull();
  });

  it('accepts nothing but a hash as a key, so no key reaches outside its folder', async () => {
    const store = new DiskFileStorage(root);
    await expect(store.get('../../etc/passwd')).rejects.toThrow('not a SHA-256 key');
    await expect(store.get('A'.repeat(64))).rejects.toThrow('not a SHA-256 key');
  });

  it('refuses to serve a file damaged on disk', async () => {
    const store = new DiskFileStorage(root);
    const key = await store.put(fileOf('png'));
    fs.writeFileSync(path.join(root, key.slice(0, 2), key.slice(2, 4), key), 'tampered');
    await expect(store.get(key)).rejects.toThrow('does not match its hash');
  });
});

describe('sniffContentType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes, and nothing else', () => {
    expect(sniffContentType(fileOf('jpeg'))).toBe('image/jpeg');
    expect(sniffContentType(fileOf('png'))).toBe('image/png');
    expect(sniffContentType(fileOf('webp'))).toBe('image/webp');
    expect(sniffContentType(fileOf('pdf'))).toBe('application/pdf');
    expect(sniffContentType(fileOf('html'))).toBeNull();
    expect(sniffContentType(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeNull();
    expect(sniffContentType(Buffer.alloc(0))).toBeNull();
  });
});
