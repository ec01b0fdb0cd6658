/** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password an administrator can read to someone: three groups of four, 14
 * characters with the dashes, above the server's 10-character minimum.
 */
export function generateTemporaryPassword(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const values = random(12);
  const chars = Array.from(values, (v) => ALPHABET[v % ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}
