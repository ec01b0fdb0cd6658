/**
 * A romanisation-aware key for Khmer names written in Latin letters. People write one Khmer name
 * many ways (DOMAIN.md § Names) and the variation is systematic, so the key folds exactly those
 * variations together: aspirated or not (ph/p, th/t, kh/k, chh/ch/j), doubled letters, a silent
 * final h / r / d added or dropped, r written to lengthen a vowel (Sophorl), v/w, final b/p, and
 * vowel spellings grouped into three classes (a; e/i/ea/ia/ey/ei/y; o/u/ou/au/oeu). English
 * phonetic codes (Soundex, Metaphone) were not built for this and are not used.
 */
import { foldLatin } from '../khmer.js';

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

/** Vowel-class symbols used in keys: `a`, `i`, `o`. */
const VOWEL_CLASSES = new Set(['a', 'i', 'o']);

function vowelClass(run: string): string {
  if (/^a+$/.test(run)) return 'a';
  if (/[ou]/.test(run)) return 'o';
  return 'i';
}

/**
 * The key of one name word (or a name written as several words, closed up). Keys of two
 * spellings of the same Khmer name are equal, or differ by a vowel class (see {@link keyDistance}).
 */
export function latinNameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 20000) keyCache.clear();
    key = computeLatinNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

/** Keys are asked for the same few thousand names again and again while scoring candidates. */
const keyCache = new Map<string, string>();

function computeLatinNameKey(name: string): string {
  let s = foldLatin(name).replace(/[^a-z]/g, '');
  if (!s) return '';
  s = s.replace(/([a-z])\1+/g, '$1')
    .replace(/tch/g, 'ch').replace(/chh/g, 'c').replace(/ch/g, 'c').replace(/j/g, 'c')
    .replace(/ck/g, 'k').replace(/q/g, 'k')
    .replace(/ph/g, 'p').replace(/th/g, 't').replace(/kh/g, 'k').replace(/dh/g, 'd').replace(/bh/g, 'b')
    .replace(/gn/g, 'nh').replace(/ny/g, 'nh').replace(/nh/g, 'N').replace(/ng/g, 'G')
    .replace(/w/g, 'v').replace(/z/g, 's').replace(/x/g, 's');
  s = s.replace(/c(?![aeiouy])/g, 'k'); // a bare c (Sock after ck) is a k
  s = s.replace(/([a-zA-Z])\1+/g, '$1'); // doubled letters
  s = s.replace(/nN/g, 'N').replace(/nG/g, 'G');
  s = s.replace(/nd$/, 'n').replace(/b$/, 'p').replace(/e$/, (m, i: number) => (i > 1 && !isVowel(s[i - 1]) ? '' : m));
  // final v after a vowel is the vowel ូវ / ៅ written with v (Pov / Peou, Khiev / Kheav)
  s = s.replace(/([aeiouy])v$/, '$1u');
  // r or h after a vowel and before a consonant or the end only lengthens or ends the vowel
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = s[i - 1];
    const next = s[i + 1];
    if ((c === 'r' || c === 'h') && isVowel(prev) && !isVowel(next) && i > 0) continue;
    if (c === 'h' && i === s.length - 1) continue;
    out += c;
  }
  // y before a vowel (Yin, Sreyeun) is a consonant; elsewhere a vowel
  out = out.replace(/y(?=[aeiou])/g, 'Y');
  // vowel runs → classes
  out = out.replace(/[aeiouy]+/g, (run) => vowelClass(run));
  return out.replace(/([a-zA-Z])\1+/g, '$1').toLowerCase();
}

/** The consonants of a key only: a looser key that survives any vowel spelling. */
export const consonantSkeleton = (key: string): string => key.replace(/[aio]/g, '');

/**
 * Restricted Damerau-Levenshtein distance between two keys (optimal string alignment): a
 * transposition counts 1, a substitution between two vowel classes counts 0.5 (Khmer short
 * vowels are written a or o interchangeably: Sam / Som, Rotha / Ratha).
 */
export function keyDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (!n) return m;
  if (!m) return n;
  let prev2: number[] = new Array<number>(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : VOWEL_CLASSES.has(ca) && VOWEL_CLASSES.has(cb) ? 0.5 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Plain Levenshtein distance (unit costs), used by the baseline and for Khmer code points. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (!x.length) return y.length;
  if (!y.length) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}
