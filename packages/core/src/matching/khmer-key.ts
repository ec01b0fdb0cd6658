/**
 * Keys for names in Khmer script: the text after {@link normaliseKhmer} (one code-point order),
 * and a consonant skeleton (base consonants and independent vowels only, subscripts included,
 * vowel signs and diacritics dropped) for near-misses such as a missed vowel sign or a
 * register shifter typed or not.
 */
import { normaliseKhmer } from '../khmer.js';

/** Normalised Khmer with spaces and zero-width characters removed. */
export function khmerKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size > 20000) cache.clear();
    key = normaliseKhmer(name).replace(/[\s\u200b]+/g, '');
    cache.set(name, key);
  }
  return key;
}
const cache = new Map<string, string>();

/** Consonants (U+1780–U+17A2) and independent vowels (U+17A3–U+17B3) of a Khmer name. */
export const khmerSkeleton = (name: string): string => [...khmerKey(name)].filter((ch) => {
  const c = ch.codePointAt(0)!;
  return c >= 0x1780 && c <= 0x17b3;
}).join('');
