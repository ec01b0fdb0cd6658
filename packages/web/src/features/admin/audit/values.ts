import type { TFunction } from 'i18next';
import type { Formatter } from '../../../lib/format';
import { translateAny } from '../../../lib/i18n';
import { isRole } from '../../../lib/vocabulary';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ValueContext {
  t: TFunction;
  fmt: Formatter;
  /** A team's name from its id, when the caller knows it. */
  teamName?: (id: string) => string | undefined;
}

/** One before/after value of an audited change, as a person reads it. */
export function auditValueText(field: string, value: unknown, ctx: ValueContext): string {
  const { t, fmt } = ctx;
  if (value === null || value === undefined || value === '') return '—';
  if (value === '[redacted]') return t('audit.redacted');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return fmt.number(value);
  if (typeof value === 'string') {
    if (field === 'role' && isRole(value)) return t(`roles.${value}`);
    if (field === 'locale') return translateAny(t, `languages.${value}`, undefined, value);
    if (field === 'list') return translateAny(t, `lists.${value}`, undefined, value);
    if (ISO_DATE_TIME.test(value)) return fmt.dateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((v) => {
        if (typeof v !== 'string') return JSON.stringify(v);
        if (field === 'teamIds') return ctx.teamName?.(v) ?? v;
        if (isRole(v)) return t(`roles.${v}`);
        return v;
      })
      .join(', ');
  }
  if (isRecord(value)) {
    if (field === 'settings' && Array.isArray(value.requireTwoFactorRoles)) {
      const roleNames = value.requireTwoFactorRoles.filter(isRole).map((r) => t(`roles.${r}`));
      return `${t('organisation.twoFactorRoles')}: ${roleNames.join(', ') || '—'}`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/** Colour of an action's badge: refusals and failures stand out. */
export function auditActionColor(action: string): string {
  if (action.endsWith('_failed') || action.endsWith('_locked')) return 'red';
  if (action === 'deactivate' || action === 'archive' || action === 'permission.change') return 'orange';
  if (action === 'create' || action === 'reactivate' || action === 'restore') return 'teal';
  if (action === 'read' || action === 'list') return 'gray';
  if (action.startsWith('auth.')) return 'blue';
  return 'indigo';
}
