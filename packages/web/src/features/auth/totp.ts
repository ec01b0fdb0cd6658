/** The shared secret inside an otpauth:// URI, for people who type it instead of scanning. */
export function totpSecret(uri: string): string | null {
  const match = /[?&]secret=([^&]+)/i.exec(uri);
  return match?.[1] ? decodeURIComponent(match[1]).toUpperCase() : null;
}

/** A long base32 secret in groups of four, easier to read out and type. */
export const groupSecret = (secret: string): string => secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? '';
