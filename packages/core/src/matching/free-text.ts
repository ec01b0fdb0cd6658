/**
 * A search box's free text as a matcher query, so one box takes "Sophal Chea", "ជា សុផល",
 * "chear sophorl 12" or a mix of scripts. Name order does not matter to the scorer (it tries
 * both), so Latin words are read family name first as Cambodians write them.
 */
import { hasKhmer } from '../khmer.js';
import type { MatchQuery } from './score.js';

/**
 * Khmer words become the Khmer full name; Latin words the family and given name (one word: the
 * given name); a number up to 120 an estimated age; a 6- or 8-digit NCDD code the commune
 * or village (shorter codes read as ages or years, so they are not taken). Anything else (punctuation) is ignored.
 */
export function matchQueryFromText(text: string): MatchQuery {
  const words = text.normalize('NFC').split(/[\s,;]+/).map((w) => w.trim()).filter(Boolean);
  const khmer: string[] = [];
  const latin: string[] = [];
  const query: MatchQuery = {};
  for (const word of words) {
    if (hasKhmer(word)) khmer.push(word);
    else if (/^\d{1,3}$/.test(word) && Number(word) <= 120) query.ageYears = Number(word);
    else if (/^\d{6}$|^\d{8}$/.test(word)) query.villageCode = word;
    else if (/\p{L}/u.test(word)) latin.push(word.replace(/[^\p{L}\p{M}'-]/gu, ''));
  }
  if (khmer.length) query.nameKm = khmer.join(' ');
  if (latin.length === 1) query.givenName = latin[0];
  else if (latin.length > 1) {
    query.familyName = latin[0];
    query.givenName = latin.slice(1).join(' ');
  }
  return query;
}
