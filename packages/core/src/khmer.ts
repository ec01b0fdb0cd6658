/**
 * Khmer text normalisation for search keys and comparisons.
 *
 * The same visible Khmer word can be typed in several code-point orders (e.g. a vowel before or
 * after a subscript, or the split vowel េ + ី instead of ើ). Search keys are built from one
 * canonical order so that differently typed forms of a word match.
 */

const isBase = (c: number): boolean =>
  (c >= 0x1780 && c <= 0x17b3) || (c >= 0x17e0 && c <= 0x17e9);
const COENG = 0x17d2;
const RO = 0x179a;

/** Rank of a combining mark inside a cluster; lower sorts first. */
function markRank(c: number): number {
  if (c === 0x17c9 || c === 0x17ca) return 2; // register shifters
  if (c === 0x17cc) return 3; // robat
  if (c >= 0x17b6 && c <= 0x17c5) return 4; // dependent vowels
  if (c === 0x17c6 || c === 0x17cb || (c >= 0x17cd && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd)
    return 5;
  if (c === 0x17c7 || c === 0x17c8) return 6;
  return -1;
}

/** Split vowels typed as two code points, and the single code point they display as. */
const splitVowels: ReadonlyArray<[string, string]> = [
  ['\u17c1\u17b8', '\u17be'],
  ['\u17c1\u17b6', '\u17c4'],
  ['\u17c1\u17c7', '\u17c1\u17c7'],
];

function normaliseCluster(marks: number[]): number[] {
  const subs: number[][] = [];
  const rest: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const c = marks[i]!;
    const next = marks[i + 1];
    if (c === COENG && next !== undefined && isBase(next)) {
      subs.push([c, next]);
      i++;
    } else if (markRank(c) >= 0) {
      if (!rest.includes(c)) rest.push(c); // a mark typed twice displays once
    }
    // a stray coeng or an unknown mark is dropped from the key
  }
  // Subscript ro is written last among subscripts in the canonical order.
  subs.sort((a, b) => Number(a[1] === RO) - Number(b[1] === RO));
  rest.sort((a, b) => markRank(a) - markRank(b));
  return [...subs.flat(), ...rest];
}

/** Canonical form of Khmer text: NFC, invisible characters removed, marks in one order. */
export function normaliseKhmer(input: string): string {
  let s = input.normalize('NFC').replace(/\u200b|\u200c|\u200d|\ufeff|\u17b4|\u17b5/g, '');
  const out: number[] = [];
  let marks: number[] = [];
  const flush = (): void => {
    out.push(...normaliseCluster(marks));
    marks = [];
  };
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const prev = out.length ? out[out.length - 1] : undefined;
    const inCluster = marks.length > 0 || (prev !== undefined && isBase(prev));
    const afterCoeng = marks.length > 0 && marks[marks.length - 1] === COENG;
    if (isBase(c) && !afterCoeng) {
      flush();
      out.push(c);
    } else if ((c === COENG || markRank(c) >= 0 || afterCoeng) && inCluster) {
      marks.push(c);
    } else {
      flush();
      out.push(c);
    }
  }
  flush();
  s = String.fromCodePoint(...out);
  for (const [from, to] of splitVowels) s = s.split(from).join(to);
  return s;
}

/** Latin text without diacritics, lower case (Bătdâmbâng → batdambang). */
export function foldLatin(input: string): string {
  return input.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The key stored beside a name for search in either script. */
export function searchKey(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => foldLatin(normaliseKhmer(p)).replace(/\s+/g, ' ').trim())
    .join(' ');
}

export const hasKhmer = (s: string): boolean => /[\u1780-\u17ff]/.test(s);
