import type { TFormLanguage, TMosvyFormCode, TPlaceWithPath } from '@homeward/core';
import { escapeHtml, printDocument } from '../../../platform/pdf/document.js';
import type { CaseRecord, FamilyHousehold } from '../case-record.js';
import { personName } from '../case-record.js';
import { fields, formTitles, values, words, type FieldKey, type Label } from '../labels.js';

const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Latin digits as Khmer digits (0–9 → ០–៩). */
export const khmerDigits = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(0x17e0 + Number(c)));

/**
 * A Gregorian calendar day as forms write it: "10 January 2026"; in Khmer with the Khmer month
 * and Khmer digits, then the day in Latin digits for systems that read those:
 * "១០ មករា ២០២៦ (10/01/2026)".
 */
export function formatDay(value: string | Date, lang: TFormLanguage): string {
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${EN_MONTHS[m - 1]} ${y}`;
  return `${khmerDigits(`${d}`)} ${KHMER_MONTHS[m - 1]} ${khmerDigits(`${y}`)} (${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)})`;
}

/** Today's date in Cambodia (a form printed at 6 a.m. there is not dated yesterday). */
const cambodiaToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(new Date());

/** What one form is printed with: the case, the language, and helpers that escape everything. */
export class Printer {
  constructor(readonly r: CaseRecord, readonly lang: TFormLanguage) {}

  /** A fixed label, escaped. */
  t(label: Label): string {
    return escapeHtml(label[this.lang]);
  }
  /** Recorded text, escaped; line breaks kept. */
  text(value: string | null | undefined): string {
    return value && value.trim() ? `<span class="pre">${escapeHtml(value)}</span>` : `<span class="none">${this.t(words.notRecorded)}</span>`;
  }
  number(n: number): string {
    return this.lang === 'km' ? khmerDigits(String(n)) : String(n);
  }
  day(value: string | Date | null | undefined): string {
    return value ? escapeHtml(formatDay(value, this.lang)) : this.text(null);
  }
  /** A fixed-list value (sex, urgency …) in the form's language. */
  value(list: keyof typeof values, value: string | null | undefined): string {
    if (!value) return this.text(null);
    const label = values[list]?.[value];
    return label ? this.t(label) : escapeHtml(value);
  }
  /** A value of one of the organisation's lookup lists. */
  lookup(list: string, value: string | null | undefined): string {
    if (!value) return this.text(null);
    const label = this.r.lookups.get(list)?.get(value);
    return label ? this.t(label) : escapeHtml(value);
  }
  /** An NCDD place with its province, district and commune, in the form's script first. */
  place(code: string | null | undefined, detail?: string | null): string {
    if (!code) return detail ? this.text(detail) : this.text(null);
    const place: TPlaceWithPath | undefined = this.r.places.get(code);
    if (!place) return escapeHtml(code);
    const chain = [place, ...place.path.slice().reverse()];
    const km = chain.map((p) => `${p.unitKm}${p.nameKm}`).join(' ');
    const latin = chain.map((p) => `${p.nameLatin} ${p.unitEn}`).join(', ');
    const [first, second] = this.lang === 'km' ? [km, latin] : [latin, km];
    return `${detail ? `${escapeHtml(detail)}, ` : ''}${escapeHtml(first)}<br><span class="alt">${escapeHtml(second)} · NCDD ${escapeHtml(code)}</span>`;
  }
  /** The organisation's name in the form's language. */
  get organisation(): string {
    return this.lang === 'km' && this.r.organisation.nameKm ? this.r.organisation.nameKm : this.r.organisation.name;
  }
  get childName(): string {
    return personName(this.r.child);
  }
}

/** A two-column table of labelled values. */
export const fieldTable = (p: Printer, rows: ReadonlyArray<readonly [FieldKey | Label, string]>): string =>
  `<table class="fields">${rows.map(([key, html]) => `<tr><th>${p.t(typeof key === 'string' ? fields[key] : key)}</th><td>${html}</td></tr>`).join('')}</table>`;

export const section = (p: Printer, title: Label, body: string): string => `<h2>${p.t(title)}</h2>${body}`;

/** Members of a household: name, relationship, sex, date of birth. */
export const membersTable = (p: Printer, family: FamilyHousehold): string => {
  if (!family.members.length) return `<p class="none">${p.t(words.none)}</p>`;
  return `<table><tr><th>${p.t(words.member)}</th><th>${p.t(words.relationship)}</th><th>${p.t(fields['child.sex'])}</th><th>${p.t(fields['child.birth_date'])}</th></tr>${
    family.members.map((m) => `<tr><td>${escapeHtml(m.name)}</td><td>${p.lookup('relationship', m.relationship)}</td><td>${p.value('sex', m.sex)}</td><td>${p.day(m.birthDate)}</td></tr>`).join('')
  }</table>`;
};

export type Signer = 'caseworker' | 'supervisor' | 'child' | 'family' | 'dosvy';
const signerLabel: Record<Signer, Label> = {
  caseworker: words.signCaseworker, supervisor: words.signSupervisor, child: words.signChild, family: words.signFamily, dosvy: words.signDosvy,
};

/** Boxes to sign by hand: who, a line, the name (printed when known) and the date. */
export const signatures = (p: Printer, signers: Array<[Signer, string | null]>): string =>
  `<h2>${p.t(words.sectionSignatures)}</h2><div class="signatures">${signers.map(([who, name]) => `<div class="sign">
  <div class="who">${p.t(signerLabel[who])}</div>
  <div class="line signline">${p.t(words.signature)}</div>
  <div class="line">${p.t(words.signName)}: ${name ? escapeHtml(name) : ''}</div>
  <div class="line">${p.t(words.signDate)}:</div>
</div>`).join('')}</div>`;

const formCss = `
.official { text-align: center; margin-bottom: 4mm; }
.official .kingdom { font-weight: 700; font-size: 1.1em; }
.official .ministry, .official .org { font-size: 0.95em; }
.titleblock { text-align: center; margin: 3mm 0 4mm; }
.titleblock .formno { font-size: 0.95em; color: #333; }
.titleblock .meta { font-size: 0.9em; color: #333; }
table.fields th { width: 34%; }
.pre { white-space: pre-wrap; }
.none { color: #666; font-style: italic; }
.alt { color: #555; font-size: 0.85em; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm 8mm; margin-top: 3mm; break-inside: avoid; }
.sign { border: 1px solid #999; padding: 2mm 3mm; break-inside: avoid; }
.sign .who { font-weight: 700; }
.sign .line { border-bottom: 1px dotted #777; min-height: 2.1em; padding-top: 0.3em; }
.sign .signline { min-height: 3.4em; }
html[lang=km] .none { font-style: normal; }
.score { text-align: center; width: 5em; }
.totals td, .totals th { font-weight: 700; }
`;

/** A whole form: the Kingdom's heading, the form's title, the body, in the A4 document shell. */
export function formDocument(p: Printer, number: number, code: TMosvyFormCode, body: string): string {
  const title = formTitles[code][p.lang];
  const formNo = `${words.form[p.lang]} ${p.lang === 'km' ? khmerDigits(String(number)) : number}`;
  const caseNo = `${fields['case.number'][p.lang]}: ${p.r.kase.number}`;
  const head = `<div class="official">
  <div class="kingdom">${p.t(words.kingdom)}</div><div>${p.t(words.motto)}</div>
  <div class="ministry">${p.t(words.ministry)}</div><div class="org">${escapeHtml(p.organisation)}</div>
</div>
<div class="titleblock"><div class="formno">${escapeHtml(formNo)}</div><h1>${escapeHtml(title)}</h1>
<div class="meta">${escapeHtml(caseNo)} · ${p.t(fields['child.name'])}: ${escapeHtml(p.childName)}</div></div>`;
  return printDocument({
    lang: p.lang,
    title: `${formNo} ${title} ${p.r.kase.number}`,
    headerLeft: p.organisation,
    headerRight: `${formNo} · ${caseNo}`,
    footerLeft: `${words.printed[p.lang]} ${formatDay(cambodiaToday(), p.lang)} · Homeward`,
    body: head + body,
    css: formCss,
  });
}
