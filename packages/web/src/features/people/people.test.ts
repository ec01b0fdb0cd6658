import { ATTACHMENT_MAX_BYTES, type TKin, type TPerson, type TPersonSummary } from '@homeward/core';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../lib/messages';
import {
  ageMessage, ageParts, displayName, duplicateReasons, duplicateStrength, fileSize, groupKin, inSentence, isKhmerText, khmerName, kinMessage, latinName, nameLine,
} from './display';
import { checkFile, declaredType } from '../attachments/files';
import { emptyPersonForm, formFieldOf, personFormValues, toCreateRequest, toDuplicateCheck, toUpdateRequest, ZPersonForm } from './form';
import { householdTitle, splitMembers, toCreateHousehold, withHead, type DraftMember } from '../households/form';

const summary = (over: Partial<TPersonSummary> = {}): TPersonSummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'child',
  familyNameKm: 'ចាន់',
  givenNameKm: 'សុភា',
  familyNameLatin: 'Chan',
  givenNameLatin: 'Sophea',
  nickname: null,
  sex: 'female',
  birthDate: '2014-05-01',
  birthDateEstimated: false,
  age: 12,
  addressCode: '02030401',
  photoAttachmentId: null,
  caseworkerId: null,
  teamId: null,
  archived: false,
  ...over,
});

describe('names', () => {
  it('shows the Khmer name first and the Latin spelling under it', () => {
    expect(displayName(summary())).toEqual({ primary: 'ចាន់ សុភា', primaryKhmer: true, secondary: 'Chan Sophea' });
    expect(nameLine(summary())).toBe('ចាន់ សុភា (Chan Sophea)');
  });
  it('falls back to the Latin spelling, then the nickname', () => {
    expect(displayName(summary({ familyNameKm: null, givenNameKm: null }))).toEqual({ primary: 'Chan Sophea', primaryKhmer: false, secondary: null });
    expect(displayName({ nickname: 'អាពៅ' })).toEqual({ primary: 'អាពៅ', primaryKhmer: true, secondary: null });
    expect(displayName({})).toEqual({ primary: '', primaryKhmer: false, secondary: null });
  });
  it('keeps a given name alone when the family name is unknown, ignoring blanks', () => {
    expect(khmerName({ familyNameKm: '  ', givenNameKm: 'សុភា' })).toBe('សុភា');
    expect(latinName({ familyNameLatin: 'Chan', givenNameLatin: null })).toBe('Chan');
  });
  it('knows Khmer script when it sees it', () => {
    expect(isKhmerText('ចាន់')).toBe(true);
    expect(isKhmerText('Chan')).toBe(false);
    expect(isKhmerText(null)).toBe(false);
  });
});

describe('age', () => {
  it('counts whole years and months, the birthday itself included', () => {
    expect(ageParts('2014-05-01', '2026-05-01')).toEqual({ years: 12, months: 0 });
    expect(ageParts('2014-05-01', '2026-04-30')).toEqual({ years: 11, months: 11 });
    expect(ageParts('2026-05-01', '2026-04-30')).toBeNull();
  });
  it('gives years, or months under two, marked when estimated', () => {
    const today = '2026-11-23';
    expect(ageMessage(summary(), today)).toEqual({ key: 'people.age.years', params: { count: 12 } });
    expect(ageMessage(summary({ birthDateEstimated: true }), today)).toEqual({ key: 'people.age.yearsEstimated', params: { count: 12 } });
    expect(ageMessage(summary({ birthDate: '2026-03-10' }), today)).toEqual({ key: 'people.age.months', params: { count: 8 } });
    expect(ageMessage(summary({ birthDate: '2025-01-01', birthDateEstimated: true }), today)).toEqual({ key: 'people.age.monthsEstimated', params: { count: 22 } });
    expect(ageMessage(summary({ birthDate: null, age: null }), today)).toBeNull();
  });
});

describe('possible duplicates', () => {
  it('shows each reason once, strongest first, without what a stronger one implies', () => {
    expect(duplicateReasons(['same_commune', 'similar_name', 'age'])).toEqual(['similar_name', 'age', 'same_commune']);
    expect(duplicateReasons(['same_name', 'similar_name', 'same_birth_date', 'age', 'same_commune', 'same_district'])).toEqual(['same_name', 'same_birth_date', 'same_commune']);
    expect(duplicateReasons(['family_name', 'same_name', 'family_name'])).toEqual(['same_name', 'family_name']);
  });
  it('calls a high score likely', () => {
    expect(duplicateStrength(0.85)).toBe('likely');
    expect(duplicateStrength(0.8)).toBe('likely');
    expect(duplicateStrength(0.6)).toBe('possible');
  });
});

describe('kin', () => {
  const kin = (over: Partial<TKin>): TKin => ({ source: 'relation', linkId: crypto.randomUUID(), householdId: null, relationship: 'grandparent', isHead: false, reverse: false, person: summary(), ...over });
  it('reads a household relationship as one to the head', () => {
    expect(kinMessage(kin({ source: 'household', isHead: true }), null, 'Mom')).toEqual({ key: 'people.kin.head' });
    expect(kinMessage(kin({ source: 'household' }), 'mother', 'Mom')).toEqual({ key: 'people.kin.toHead', params: { relationship: 'mother' } });
    expect(kinMessage(kin({ source: 'household', relationship: null }), null, 'Mom')).toEqual({ key: 'people.kin.householdMember' });
  });
  it('reads a direct relation both ways', () => {
    expect(kinMessage(kin({}), 'Grandparent', 'Mom')).toEqual({ key: 'people.kin.relation', params: { relationship: 'Grandparent' } });
    expect(kinMessage(kin({ reverse: true }), 'grandparent', 'Mom')).toEqual({ key: 'people.kin.reverse', params: { relationship: 'grandparent', name: 'Mom' } });
    expect(kinMessage(kin({ relationship: null }), null, 'Mom')).toEqual({ key: 'people.kin.relative' });
  });
  it('lowers a label inside an English sentence only', () => {
    expect(inSentence('Grandparent', 'en')).toBe('grandparent');
    expect(inSentence('ID card', 'en')).toBe('ID card');
    expect(inSentence('ជីដូនជីតា', 'km')).toBe('ជីដូនជីតា');
  });
  it('lists a relative once with every link, household links first; hidden relatives each on their own', () => {
    const grandma = summary({ id: '00000000-0000-4000-8000-00000000000a' });
    const groups = groupKin([
      kin({ person: grandma }),
      kin({ source: 'household', person: grandma }),
      kin({ person: null }),
      kin({ person: null }),
    ]);
    expect(groups).toHaveLength(3);
    expect(groups[0]?.links.map((l) => l.source)).toEqual(['household', 'relation']);
  });
});

describe('files', () => {
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });
  it('accepts pictures and PDFs within the limit', () => {
    expect(checkFile(file('a.jpg', 'image/jpeg'), 'photo')).toBeNull();
    expect(checkFile(file('a.pdf', 'application/pdf'), 'consent')).toBeNull();
  });
  it('refuses other types, a PDF as a photo, too large and empty files', () => {
    expect(checkFile(file('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'other')?.key).toBe('attachments.errors.type');
    expect(checkFile(file('a.pdf', 'application/pdf'), 'photo')?.key).toBe('attachments.errors.photoType');
    expect(checkFile(file('a.jpg', 'image/jpeg', ATTACHMENT_MAX_BYTES + 1), 'photo')).toEqual({ key: 'attachments.errors.tooLarge', params: { max: 10 } });
    expect(checkFile(file('a.jpg', 'image/jpeg', 0), 'photo')?.key).toBe('attachments.errors.empty');
  });
  it('reads the type from the name when the browser does not say', () => {
    expect(declaredType(file('scan.PDF', ''))).toBe('application/pdf');
    expect(declaredType(file('noext', ''))).toBe('');
  });
  it('shows sizes in KB or MB', () => {
    expect(fileSize(300)).toEqual({ unit: 'kb', value: 1 });
    expect(fileSize(512 * 1024)).toEqual({ unit: 'kb', value: 512 });
    expect(fileSize(2.5 * 1024 * 1024)).toEqual({ unit: 'mb', value: 2.5 });
  });
});

describe('the person form', () => {
  const filled = () => ({
    ...emptyPersonForm(),
    sex: 'female' as const,
    familyNameKm: ' ចាន់ ',
    givenNameKm: 'សុភា',
    givenNameLatin: 'Sophea',
    birthDate: '2014-05-01',
    birthDateEstimated: true,
    idPoorLevel: '2' as const,
    aliases: [{ name: ' Sophia ', script: 'latin' as const }],
    documents: [{ type: 'birth_certificate', number: '' }],
  });
  it('needs a given name in one script and a sex', () => {
    const r = ZPersonForm.safeParse({ ...emptyPersonForm(), familyNameKm: 'ចាន់' });
    expect(r.success).toBe(false);
    const keys = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), decodeMessage(i.message)?.key]));
    expect(keys).toMatchObject({ givenNameKm: 'people.validation.nameRequired', givenNameLatin: 'people.validation.nameRequired', sex: 'validation.required' });
  });
  it('refuses a birth date in the future and a document without a type', () => {
    const r = ZPersonForm.safeParse({ ...filled(), birthDate: '2999-01-01', documents: [{ type: null, number: '1' }] });
    const paths = (r.error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['birthDate', 'documents.0.type']));
  });
  it('leaves blanks out of a registration', () => {
    const body = toCreateRequest(ZPersonForm.parse(filled()));
    expect(body).toMatchObject({ kind: 'child', sex: 'female', familyNameKm: 'ចាន់', givenNameKm: 'សុភា', birthDate: '2014-05-01', birthDateEstimated: true, idPoorLevel: 2 });
    expect(body.familyNameLatin).toBeUndefined();
    expect(body.addressCode).toBeUndefined();
    expect(body.aliases).toEqual([{ name: 'Sophia', script: 'latin' }]);
    expect(body.documents).toEqual([{ type: 'birth_certificate', number: null }]);
  });
  it('clears blanks on an edit and never keeps "estimated" without a date', () => {
    const body = toUpdateRequest(ZPersonForm.parse({ ...filled(), birthDate: '', idPoorLevel: '' }), 3);
    expect(body).toMatchObject({ version: 3, familyNameLatin: null, birthDate: null, birthDateEstimated: false, idPoorLevel: null, addressCode: null });
  });
  it('fills the form back from a stored person', () => {
    const stored = {
      ...summary(), organisationId: '', centreId: null, birthPlaceCode: null, birthPlace: null, address: null, addressDetail: null, fatherGivenName: 'Dara', motherGivenName: null,
      disability: null, childCategories: ['orphan'], idPoorLevel: 1, notes: null, aliases: [{ id: 'x', name: 'Sophia', script: 'latin' }], documents: [{ id: 'd', type: 'family_book', number: null }],
      households: [], kin: [], version: 4, createdAt: '', updatedAt: '',
    } satisfies TPerson;
    const v = personFormValues(stored);
    expect(v).toMatchObject({ fatherGivenName: 'Dara', motherGivenName: '', idPoorLevel: '1', childCategories: ['orphan'], documents: [{ type: 'family_book', number: '' }] });
    expect(toUpdateRequest(ZPersonForm.parse(v), stored.version)).toMatchObject({ version: 4, fatherGivenName: 'Dara', motherGivenName: null });
  });
  it('asks the duplicate check about names, birth date and place only', () => {
    const check = toDuplicateCheck(toCreateRequest(ZPersonForm.parse({ ...filled(), addressCode: '02030401' })), 'abc');
    expect(Object.keys(check).sort()).toEqual(['addressCode', 'aliases', 'birthDate', 'excludeId', 'familyNameKm', 'familyNameLatin', 'givenNameKm', 'givenNameLatin', 'kind', 'sex']);
  });
  it('puts a server error on the field it names, or on its list', () => {
    const known = ['childCategories', 'documents', 'documents.0.type', 'givenNameKm'];
    expect(formFieldOf('givenNameKm', known)).toBe('givenNameKm');
    expect(formFieldOf('childCategories.2', known)).toBe('childCategories');
    expect(formFieldOf('documents.0.type', known)).toBe('documents.0.type');
    expect(formFieldOf('documents.3.type', known)).toBe('documents');
    expect(formFieldOf('caseworkerId', known)).toBeNull();
  });
});

describe('households', () => {
  const a = summary({ id: '00000000-0000-4000-8000-00000000000a' });
  const b = summary({ id: '00000000-0000-4000-8000-00000000000b', familyNameKm: 'សុខ', givenNameKm: 'ដារ៉ា' });
  const draft = (person: TPersonSummary, over: Partial<DraftMember> = {}): DraftMember => ({ person, relationship: 'mother', isHead: false, ...over });
  it('keeps one head, without a relationship to themself', () => {
    expect(withHead([draft(a), draft(b)], a.id).map((m) => [m.isHead, m.relationship])).toEqual([[true, null], [false, 'mother']]);
    // The former head has no relationship to the new head until one is chosen.
    expect(withHead(withHead([draft(a), draft(b)], a.id), b.id).map((m) => [m.isHead, m.relationship])).toEqual([[false, null], [true, null]]);
  });
  it('sends the members and a caregiver only when a member', () => {
    const form = { name: '', addressCode: null, addressDetail: '', livelihood: ' rice ', idPoorLevel: '1' as const, notes: '' };
    const body = toCreateHousehold(form, [draft(a, { isHead: true }), draft(b)], b.id);
    expect(body).toMatchObject({ livelihood: 'rice', idPoorLevel: 1, primaryCaregiverId: b.id, members: [{ personId: a.id, isHead: true, relationship: null }, { personId: b.id, isHead: false, relationship: 'mother' }] });
    expect(body.name).toBeUndefined();
    expect(toCreateHousehold(form, [draft(a)], b.id).primaryCaregiverId).toBeUndefined();
  });
  it('names a household by its name, else by its head', () => {
    const member = (person: TPersonSummary, isHead: boolean, leftAt: string | null = null) => ({ id: person.id, personId: person.id, relationship: null, isHead, joinedAt: '', leftAt, person });
    expect(householdTitle({ name: ' Chan family ' })).toEqual({ name: 'Chan family' });
    expect(householdTitle({ name: null, members: [member(b, false), member(a, true)] })).toEqual({ headName: 'ចាន់ សុភា (Chan Sophea)' });
    expect(householdTitle({ name: null, members: [member(a, true, '2026-01-01')] })).toBeNull();
    expect(splitMembers([member(b, false), member(a, true), member(b, false, '2026-01-01')])).toMatchObject({ current: [{ isHead: true }, { isHead: false }], past: [{ leftAt: '2026-01-01' }] });
  });
});
