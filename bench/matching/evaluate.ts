/**
 * Evaluation of the matcher against the labelled set (dataset.ts) and two baselines computed in
 * the same run: plain Levenshtein on the full Latin name, and English Double Metaphone. Writes
 * bench/results/matching.json and matching.md. `npm run bench:matching [-- --people 4000 --queries 600]`.
 *
 * The baselines get the same non-name evidence as the matcher (age, place, sex: `context`
 * below), so the comparison is of the name handling, not of whether age and village are used.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { doubleMetaphone } from 'double-metaphone';
import { foldLatin, levenshtein, rankCandidates, LIKELY_THRESHOLD, POSSIBLE_THRESHOLD, type MatchCandidate, type MatchQuery } from '@homeward/core';
import { generateEvaluationSet, queryKinds, type LabelledQuery } from './dataset.js';
import { keyRetriever } from './retrieve.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

interface Ranked { id: string; score: number }
type Matcher = (q: MatchQuery) => Ranked[];

const yearsBetween = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / (365.25 * 86400000);

/** Age, place and sex scored as the matcher scores them (weights 0.15 / 0.15 / ×0.6), for the baselines. */
function context(q: MatchQuery, c: MatchCandidate, today: string): { add: number; factor: number } {
  let add = 0;
  let factor = 1;
  if (c.birthDate && (q.dateOfBirth || q.ageYears != null)) {
    const gap = q.dateOfBirth ? yearsBetween(q.dateOfBirth, c.birthDate) : Math.abs(yearsBetween(c.birthDate, today) - q.ageYears! - 0.5);
    if (gap <= 3) add += 0.13;
    else if (gap > 5) factor *= gap > 10 ? 0.45 : 0.65;
  } else add += 0.05;
  if (q.villageCode && c.addressCode) {
    let n = 0;
    while (n < q.villageCode.length && q.villageCode[n] === c.addressCode[n]) n++;
    add += n >= 8 ? 0.15 : n >= 6 ? 0.12 : n >= 4 ? 0.08 : n >= 2 ? 0.04 : 0;
  } else add += 0.04;
  if (q.sex && c.sex && q.sex !== c.sex) factor *= 0.6;
  return { add: add + 0.03, factor };
}

const fullQueryName = (q: MatchQuery): string => [q.familyName, q.givenName].filter(Boolean).join(' ') || q.nameKm || '';
const fullNames = (c: MatchCandidate): string[] => [
  [c.familyNameLatin, c.givenNameLatin].filter(Boolean).join(' '), [c.familyNameKm, c.givenNameKm].filter(Boolean).join(' '), ...(c.aliases ?? []),
].filter(Boolean);

function baseline(people: MatchCandidate[], today: string, nameSimilarity: (q: string, c: MatchCandidate) => number): Matcher {
  return (q) => {
    const name = foldLatin(fullQueryName(q));
    return people.map((c) => {
      const sim = nameSimilarity(name, c);
      const { add, factor } = context(q, c, today);
      return { id: c.id, score: sim > 0 ? (0.6 * sim + add) * factor : 0 };
    }).filter((r) => r.score >= POSSIBLE_THRESHOLD).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 10);
  };
}

const levenshteinSimilarity = (q: string, c: MatchCandidate): number => Math.max(0, ...fullNames(c).map((n) => {
  const f = foldLatin(n);
  return 1 - levenshtein(q, f) / Math.max(q.length, f.length, 1);
}));

const metaphoneCache = new Map<string, string[][]>();
const codes = (name: string): string[][] => {
  let c = metaphoneCache.get(name);
  if (!c) {
    c = name.split(/\s+/).filter(Boolean).map((w) => [...new Set(doubleMetaphone(w))].filter(Boolean));
    metaphoneCache.set(name, c);
  }
  return c;
};
/** Share of query words whose Double Metaphone codes (primary or alternate) meet the candidate's same-position word. */
const metaphoneSimilarity = (q: string, c: MatchCandidate): number => Math.max(0, ...fullNames(c).map((n) => {
  const a = codes(q);
  const b = codes(foldLatin(n));
  if (!a.length || !b.length) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i]!.some((x) => b[i]!.includes(x))) hits++;
  return hits / Math.max(a.length, b.length);
}));

interface Metrics { recallAt1: number; recallAt10: number; likelyPrecision: number; likelyCount: number; likelyRecall: number; msPerQuery: number; byKind: Record<string, { recallAt1: number; recallAt10: number }> }

function evaluate(queries: LabelledQuery[], run: Matcher): Metrics {
  let at1 = 0, at10 = 0, likely = 0, likelyRight = 0;
  const byKind: Record<string, { n: number; at1: number; at10: number }> = {};
  const start = performance.now();
  for (const { kind, query, answer } of queries) {
    const ranked = run(query);
    const k = (byKind[kind] ??= { n: 0, at1: 0, at10: 0 });
    k.n++;
    if (ranked[0]?.id === answer) { at1++; k.at1++; }
    if (ranked.slice(0, 10).some((r) => r.id === answer)) { at10++; k.at10++; }
    for (const r of ranked) if (r.score >= LIKELY_THRESHOLD) { likely++; if (r.id === answer) likelyRight++; }
  }
  const ms = performance.now() - start;
  const n = queries.length;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    recallAt1: round(at1 / n), recallAt10: round(at10 / n), likelyPrecision: round(likely ? likelyRight / likely : 0), likelyCount: likely, likelyRecall: round(likelyRight / n),
    msPerQuery: round(ms / n),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, v]) => [kind, { recallAt1: round(v.at1 / v.n), recallAt10: round(v.at10 / v.n) }])),
  };
}

const set = generateEvaluationSet(arg('seed', 20261201), arg('people', 4000), arg('queries', 630));
const matcher: Matcher = (q) => rankCandidates(q, set.people, set.today, 10).map((r) => ({ id: r.candidate.id, score: r.score }));
// What the API answers: candidates retrieved by their stored keys (as the SQL does), then scored.
const retriever = keyRetriever(set.people, set.today);
const retrieved: Matcher = (q) => rankCandidates(q, retriever.retrieve(q), set.today, 10).map((r) => ({ id: r.candidate.id, score: r.score }));
const results = {
  generatedAt: new Date().toISOString(),
  set: { seed: arg('seed', 20261201), people: set.people.length, queries: set.queries.length, kinds: queryKinds },
  matcher: evaluate(set.queries, matcher),
  matcherWithKeyRetrieval: { ...evaluate(set.queries, retrieved), averageCandidatesRetrieved: retriever.averageRetrieved() },
  levenshtein: evaluate(set.queries, baseline(set.people, set.today, levenshteinSimilarity)),
  doubleMetaphone: evaluate(set.queries, baseline(set.people, set.today, metaphoneSimilarity)),
};

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'matching.json'), `${JSON.stringify(results, null, 2)}\n`);
const row = (name: string, m: Metrics): string => `| ${name} | ${m.recallAt1} | ${m.recallAt10} | ${m.likelyPrecision} (${m.likelyCount}) | ${m.likelyRecall} | ${m.msPerQuery} |`;
const kindRow = (kind: string): string => `| ${kind} | ${[results.matcher, results.matcherWithKeyRetrieval, results.levenshtein, results.doubleMetaphone].map((m) => `${m.byKind[kind]?.recallAt1 ?? '–'} / ${m.byKind[kind]?.recallAt10 ?? '–'}`).join(' | ')} |`;
const md = `# Matcher evaluation

${results.set.people} people, ${results.set.queries} labelled queries (seed ${results.set.seed}; bench/matching/dataset.ts), generated ${results.generatedAt}.
Baselines get the same age / place / sex evidence as the matcher; only the name comparison differs.
Goal: recall@10 ≥ 0.95, "likely" precision ≥ 0.9.

| method | recall@1 | recall@10 | likely precision (n) | likely recall | ms / query (in memory, all people scored) |
|---|---|---|---|---|---|
${row('Homeward matcher, every person scored', results.matcher)}
${row(`Homeward matcher, candidates retrieved by stored keys (as the API; ${results.matcherWithKeyRetrieval.averageCandidatesRetrieved} retrieved / query)`, results.matcherWithKeyRetrieval)}
${row('Levenshtein, full Latin name', results.levenshtein)}
${row('Double Metaphone', results.doubleMetaphone)}

Recall@1 / recall@10 by kind of query:

| kind | matcher | matcher, key retrieval | Levenshtein | Double Metaphone |
|---|---|---|---|---|
${queryKinds.map(kindRow).join('\n')}
`;
// Speed through the SQL path is measured by speed.ts; its last results are shown beside these.
const speedFile = join(out, 'matching-speed.json');
const speed = existsSync(speedFile) ? `\nSpeed through the real SQL path (bench/matching/speed.ts; bench/results/matching-speed.json):\n\n\`\`\`json\n${readFileSync(speedFile, 'utf8').trim()}\n\`\`\`\n` : '';
writeFileSync(join(out, 'matching.md'), md + speed);
console.log(md);
