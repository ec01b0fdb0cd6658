import type { TCentre, TCentreDonor, TCentreStaff, TCreateCentreRequest, TEngagement, TMouStatus } from '@homeward/core';
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api';
import { translateMessage } from '../../lib/i18n';
import { fieldMessage } from '../../lib/messages';

/** The centre form's state: text inputs hold strings; blanks become null on the way out. */
export interface CentreFormState {
  nameKm: string;
  nameLatin: string;
  type: string | null;
  villageCode: string | null;
  mosvyRegistered: boolean;
  mosvyRegistrationNumber: string;
  mouStatus: TMouStatus;
  mouSignedOn: string;
  mouExpiresOn: string;
  lastInspectionOn: string;
  capacity: string;
  directorName: string;
  directorPhone: string;
  /** A registered person the director is, when chosen from the register. */
  directorPersonId: string | null;
  keyStaff: Array<{ name: string; role: string; phone: string; personId?: string | null }>;
  donors: Array<{ name: string; stance: TCentreDonor['stance'] }>;
  partnerSince: string;
  engagement: TEngagement | null;
  notes: string;
}

export const emptyCentreForm = (): CentreFormState => ({
  nameKm: '', nameLatin: '', type: null, villageCode: null, mosvyRegistered: false, mosvyRegistrationNumber: '', mouStatus: 'none', mouSignedOn: '',
  mouExpiresOn: '', lastInspectionOn: '', capacity: '', directorName: '', directorPhone: '', directorPersonId: null, keyStaff: [], donors: [], partnerSince: '', engagement: null, notes: '',
});

export const centreFormOf = (c: TCentre): CentreFormState => ({
  nameKm: c.nameKm, nameLatin: c.nameLatin ?? '', type: c.type, villageCode: c.village?.code ?? null, mosvyRegistered: c.mosvyRegistered,
  mosvyRegistrationNumber: c.mosvyRegistrationNumber ?? '', mouStatus: c.mouStatus, mouSignedOn: c.mouSignedOn ?? '', mouExpiresOn: c.mouExpiresOn ?? '',
  lastInspectionOn: c.lastInspectionOn ?? '', capacity: c.capacity === null ? '' : String(c.capacity), directorName: c.director?.name ?? '',
  directorPhone: c.director?.phone ?? '', directorPersonId: c.director?.personId ?? null,
  keyStaff: c.keyStaff.map((s) => ({ name: s.name, role: s.role ?? '', phone: s.phone ?? '', personId: s.personId ?? null })),
  donors: c.donors.map((d) => ({ name: d.name, stance: d.stance })), partnerSince: c.partnerSince ?? '', engagement: c.engagement, notes: c.notes ?? '',
});

const blank = (s: string): string | null => (s.trim() ? s.trim() : null);

/** The request body for the form's values (all registry fields; the server compares on edit). */
export function centreBody(f: CentreFormState): Omit<TCreateCentreRequest, 'endGoal' | 'caseworkerId'> {
  const staff = (s: { name: string; role?: string; phone: string; personId?: string | null }): TCentreStaff =>
    ({ name: s.name.trim(), role: blank(s.role ?? ''), phone: blank(s.phone), personId: s.personId ?? null });
  return {
    nameKm: f.nameKm.trim(), nameLatin: blank(f.nameLatin), type: f.type ?? '', villageCode: f.villageCode, mosvyRegistered: f.mosvyRegistered,
    mosvyRegistrationNumber: f.mosvyRegistered ? blank(f.mosvyRegistrationNumber) : null, mouStatus: f.mouStatus, mouSignedOn: blank(f.mouSignedOn),
    mouExpiresOn: blank(f.mouExpiresOn), lastInspectionOn: blank(f.lastInspectionOn), capacity: f.capacity.trim() ? Number(f.capacity) : null,
    director: f.directorName.trim() ? { name: f.directorName.trim(), phone: blank(f.directorPhone), personId: f.directorPersonId } : null,
    keyStaff: f.keyStaff.filter((s) => s.name.trim()).map(staff),
    donors: f.donors.filter((d) => d.name.trim()).map((d) => ({ name: d.name.trim(), stance: d.stance })),
    partnerSince: blank(f.partnerSince), engagement: f.engagement, notes: blank(f.notes),
  };
}

/** The server's field errors, translated, by field name (list items on their list). */
export function serverFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.fields) out[f.field.split('.')[0]!] ??= translateMessage(t, fieldMessage(f));
  return out;
}
