import type { TPersonSummary } from '@homeward/core';
import { Avatar, Group, Stack, Text, type MantineSize } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { placeQuery } from '../places/api';
import { placeName, placePath } from '../places/names';
import { attachmentUrl } from './api';
import { ageKeys, ageMessage, displayName, isKhmerText, localToday, sexKeys, type NameFields } from './display';

/** Text in the script it is written in: Khmer gets `lang="km"` (Khmer font and size inside English). */
export function Script({ children }: { children: string }) {
  return isKhmerText(children) ? <span lang="km">{children}</span> : <>{children}</>;
}

/**
 * A person's name: the Khmer-script name first and larger, the Latin spelling under it. With
 * `to`, the name links to the person's page.
 */
export function PersonName({ person, size = 'md', link, testId }: { person: NameFields & { id?: string }; size?: MantineSize; link?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const n = displayName(person);
  const primary = n.primary ? <Script>{n.primary}</Script> : <Text span c="dimmed">{t('people.noName')}</Text>;
  const big = size === 'xl' ? 'xl' : size === 'lg' ? 'lg' : 'md';
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {link && person.id ? (
        <AnchorLink to="/people/$personId" params={{ personId: person.id }} fw={600} fz={big} data-testid={testId}>
          {primary}
        </AnchorLink>
      ) : (
        <Text fw={600} fz={big} data-testid={testId}>
          {primary}
        </Text>
      )}
      {n.secondary && (
        <Text size="sm" c="dimmed">
          {n.secondary}
        </Text>
      )}
    </Stack>
  );
}

/** "12 years", "≈ 12 years (estimated)", "8 months", in the reading language and digits. */
export function useAgeText(): (p: Pick<TPersonSummary, 'birthDate' | 'birthDateEstimated' | 'age'>) => string | null {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = localToday();
  return (p) => {
    const m = ageMessage(p, today);
    if (!m) return null;
    const count = Number(m.params?.count ?? 0);
    // Plural keys (`_one`/`_other`) exist only with a count: ask i18next with it, not by name.
    return t(m.key as (typeof ageKeys)[number], { count, n: fmt.number(count) });
  };
}

export function useSexText(): (sex: TPersonSummary['sex']) => string {
  const { t } = useTranslation();
  return (sex) => t(sexKeys[sex]);
}

/** A place's name from its NCDD code (a village, or whatever unit is known), in the reading language. */
export function PlaceLabel({ code, full }: { code: string | null | undefined; full?: boolean }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const place = useQuery({ ...placeQuery(code ?? ''), enabled: !!code });
  if (!code) return null;
  if (!place.data) return <Text span c="dimmed">{place.isError ? code : '…'}</Text>;
  const text = full ? placePath(place.data, place.data.path, language) : placeName(place.data, language).primary;
  return <Script>{text}</Script>;
}

/** The person's photo (fetched through the API), or a placeholder. */
export function PersonPhoto({ photoId, size = 48, alt }: { photoId: string | null; size?: number; alt: string }) {
  return (
    <Avatar src={photoId ? attachmentUrl(photoId) : null} size={size} radius="md" alt={alt} color="teal">
      <IconUser size={Math.round(size / 2)} aria-hidden />
    </Avatar>
  );
}

/** Name, age and sex in one line, for pickers and duplicate lists. */
export function PersonLine({ person, link }: { person: TPersonSummary; link?: boolean }) {
  const age = useAgeText();
  const sex = useSexText();
  const facts = [sex(person.sex), age(person)].filter(Boolean).join(' · ');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <PersonPhoto photoId={person.photoAttachmentId} size={36} alt="" />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <PersonName person={person} link={link} />
        <Text size="sm" c="dimmed">
          {facts}
          {person.addressCode && (
            <>
              {facts && ' · '}
              <PlaceLabel code={person.addressCode} />
            </>
          )}
        </Text>
      </Stack>
    </Group>
  );
}
