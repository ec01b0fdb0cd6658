/**
 * Checks the web app's two catalogues (packages/web/src/locales/{en,km}.json) against each other
 * and against the code. Fails (exit 1, listing each problem) when:
 *  - a key is in one catalogue and not the other (plural forms compared by their base key);
 *  - a value is empty, or not a string;
 *  - the two values of a key use different {{placeholders}};
 *  - a Khmer value is the English one unchanged (likely untranslated), beyond a small allowlist;
 *  - a catalogue key is used nowhere in packages/web/src;
 *  - code asks for a literal key (t('…'), labelKey: '…' …) the catalogues lack, or a value of a
 *    known list (roles, actions, error codes, audit actions, lookup lists …) has no label.
 * Run: npx tsx scripts/i18n-check.ts (npm run i18n:check).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dynamicKeys } from '../packages/web/src/lib/vocabulary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webSrc = path.join(root, 'packages/web/src');
const localeDir = path.join(webSrc, 'locales');

/** Values that are the same in Khmer and English on purpose: names and technical terms. */
const SAME_IN_BOTH = new Set(['Homeward', 'Email', 'TOTP', 'IP', 'NCDD', 'QR', 'ID']);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(PLURAL, '');

type Catalogue = Map<string, string>;

function flatten(value: unknown, prefix: string, out: Catalogue, problems: string[], file: string): void {
  if (typeof value === 'string') {
    out.set(prefix, value);
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, problems, file);
    return;
  }
  problems.push(`${file}: ${prefix} is not a string`);
}

/** A language's catalogue: `<lang>.json` plus every feature file `<feature>.<lang>.json`. */
function load(name: string, problems: string[]): Catalogue {
  const out: Catalogue = new Map();
  const files = fs.readdirSync(localeDir).filter((f) => f === `${name}.json` || f.endsWith(`.${name}.json`)).sort();
  for (const file of files) {
    const part: Catalogue = new Map();
    flatten(JSON.parse(fs.readFileSync(path.join(localeDir, file), 'utf8')) as unknown, '', part, problems, file);
    for (const [k, v] of part) {
      if (out.has(k)) problems.push(`${file}: ${k} is defined in another catalogue file too`);
      out.set(k, v);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'locales') out.push(...sourceFiles(p));
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out;
}

const placeholders = (s: string): string => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort().join(',');
const letters = (s: string): number => (s.replace(/\{\{[^}]*\}\}/g, '').match(/\p{L}/gu) ?? []).length;

/**
 * Keys the server sends for the web to translate: field-error keys (`validation.*`,
 * `pathway.refused.*`) and the audit actions it writes. They must exist in both languages.
 */
function serverKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !p.includes(`${path.sep}test${path.sep}`)) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/'((?:validation|pathway\.refused)\.[a-z_]+)'/g)) if (m[1] !== 'validation.failed') keys.add(m[1]!);
        for (const m of text.matchAll(/\baction: '([a-z_]+(?:\.[a-z_]+)?)'/g)) keys.add(`auditActions.${m[1]}`);
        // actions chosen by a condition: `const action = leaving ? 'member.leave' : 'member.update'`
        for (const line of text.split('\n').filter((l) => /\bconst action\b/.test(l))) {
          for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) keys.add(`auditActions.${m[1]}`);
        }
      }
    }
  };
  walk(path.join(root, 'packages/server/src'));
  return [...keys];
}

function main(): number {
  const problems: string[] = [];
  const en = load('en', problems);
  const km = load('km', problems);
  const enBase = new Set([...en.keys()].map(baseKey));
  const kmBase = new Set([...km.keys()].map(baseKey));

  // 1. the same keys in both
  for (const k of enBase) if (!kmBase.has(k)) problems.push(`missing in km.json: ${k}`);
  for (const k of kmBase) if (!enBase.has(k)) problems.push(`missing in en.json: ${k}`);

  // 2. values: not empty, same placeholders, Khmer actually translated
  for (const [name, cat] of [['en', en], ['km', km]] as const) {
    for (const [k, v] of cat) if (!v.trim()) problems.push(`empty value in ${name}.json: ${k}`);
  }
  for (const [k, kmValue] of km) {
    const enValue = en.get(k);
    if (enValue === undefined) continue;
    if (placeholders(enValue) !== placeholders(kmValue)) problems.push(`placeholders differ: ${k} (en {${placeholders(enValue)}} / km {${placeholders(kmValue)}})`);
    if (kmValue.trim() === enValue.trim() && letters(enValue) > 2 && !SAME_IN_BOTH.has(enValue.trim())) problems.push(`km.json looks untranslated: ${k} = "${kmValue}"`);
  }

  // 3. usage in the code
  const code = sourceFiles(webSrc).map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));
  const literals = new Set<string>();
  const templatePrefixes = new Set<string>();
  const requested: Array<{ key: string; file: string }> = [];
  for (const { file, text } of code) {
    // Key-shaped string literals only, so an apostrophe in a comment or text cannot mis-pair quotes.
    for (const m of text.matchAll(/['"`]([a-zA-Z]\w*(?:\.\w+)+)['"`]/g)) literals.add(m[1] ?? '');
    for (const m of text.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)) templatePrefixes.add(m[1] ?? '');
    const asked = /\b(?:t|translateAny\(\s*t\s*,|messageText)\(?\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'|\b(?:labelKey|descriptionKey|titleKey)\s*:\s*'([^']+)'|i18nKey="([^"]+)"/g;
    for (const m of text.matchAll(asked)) {
      const key = m[1] ?? m[2] ?? m[3];
      if (key) requested.push({ key, file });
    }
  }
  const dynamic = new Set([...dynamicKeys(), ...serverKeys()]);
  const dynamicNamespaces = new Set([...dynamic].map((k) => k.slice(0, k.indexOf('.') + 1)));
  // A template key such as `common.pageControl.${x}` covers its prefix, unless a known list
  // governs that namespace (then each value of the list must have its own key).
  const wildcards = [...templatePrefixes].filter((p) => ![...dynamicNamespaces].some((ns) => p.startsWith(ns)));
  const isUsed = (key: string): boolean => {
    const base = baseKey(key);
    return literals.has(key) || literals.has(base) || dynamic.has(base) || wildcards.some((p) => base.startsWith(p));
  };
  for (const k of en.keys()) if (!isUsed(k)) problems.push(`unused key: ${k}`);

  const has = (key: string): boolean => en.has(key) || en.has(`${key}_other`) || en.has(`${key}_one`);
  const missing = new Map<string, string>();
  for (const { key, file } of requested) if (!has(key) && !missing.has(key)) missing.set(key, file);
  for (const key of dynamic) if (!has(key) && !missing.has(key)) missing.set(key, 'lib/vocabulary.ts (a known list)');
  for (const [key, file] of missing) problems.push(`missing key ${key} (used in ${file})`);

  for (const p of problems) console.error(`  ✗ ${p}`);
  const summary = `i18n: ${en.size} keys in en, ${km.size} in km, ${dynamic.size} from known lists, ${requested.length} literal uses in ${code.length} files — ${problems.length ? `${problems.length} problem(s)` : 'all good'}`;
  console.log(summary);
  return problems.length ? 1 : 0;
}

process.exit(main());
