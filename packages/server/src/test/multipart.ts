import type { InjectOptions } from 'fastify';

/** A multipart/form-data request body with one file part (what a browser's FormData sends). */
export function multipartFile(file: { filename: string; contentType: string; bytes: Uint8Array }, field = 'file'): Pick<InjectOptions, 'payload' | 'headers'> {
  const boundary = `----homeward${crypto.randomUUID().replace(/-/g, '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.from(file.bytes), tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Bytes that start as the named type does (enough for the type check), padded to `size`. */
export function fileOf(type: 'png' | 'jpeg' | 'webp' | 'pdf' | 'html', size = 256): Buffer {
  const head = {
    png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
    pdf: Buffer.from('%PDF-1.7\n'),
    html: Buffer.from('<html><script>alert(1)</script>'),
  }[type];
  const body = Buffer.alloc(Math.max(0, size - head.length), 0x20);
  // Vary the padding so two files of one type are different bytes unless asked to be the same.
  body.write(crypto.randomUUID(), 0);
  return Buffer.concat([head, body]).subarray(0, Math.max(size, head.length));
}
