import type { TPerson } from '@homeward/core';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconEdit, IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links';
import { PageHeader } from '../../components/PageHeader';
import { RequireAbility } from '../../components/RequireAbility';
import { ErrorState, LoadingState } from '../../components/States';
import { isLanguage } from '../../lib/i18n';
import { useFormat } from '../../lib/useFormat';
import { AssessmentsSection } from '../assessments/AssessmentsSection';
import { useCan } from '../auth/session';
import { PersonHouseholds } from '../households/PersonHouseholds';
import { placePath } from '../places/names';
import { personQuery, useArchivePerson } from './api';
import { ArchiveDialog } from './ArchiveDialog';
import { AttachmentsSection } from './AttachmentsSection';
import { displayName, isKhmerText, nameLine } from './display';
import { KinSection } from './KinSection';
import { useLookupList } from './lookups';
import { PersonCasesSlot } from './PersonCasesSlot';
import { PersonProgrammes } from '../programmes/PersonProgrammes';
import { PersonPhoto, Script, useAgeText, useSexText } from './PersonBits';

const route = getRouteApi('/app/people/$personId');

export function PersonPage() {
  return (
    <RequireAbility action="person.read">
      <PersonScreen />
    </RequireAbility>
  );
}

function PersonScreen() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const can = useCan();
  const person = useQuery(personQuery(personId));
  const archive = useArchivePerson();
  const [archiving, setArchiving] = useState(false);
  const back = { to: '/people', label: t('people.title') };
  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    return (
      <>
        <PageHeader title={t('people.title')} back={back} />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  }
  const p = person.data;
  const n = displayName(p);
  const canWrite = can('person.write') && !p.archived;
  return (
    <Stack gap="lg">
      <PageHeader
        back={back}
        title={n.primary ? <Script>{n.primary}</Script> : t('people.noName')}
        description={n.secondary ?? undefined}
        actions={
          <>
            {canWrite && (
              <ButtonLink to="/people/$personId/edit" params={{ personId: p.id }} leftSection={<IconEdit size={16} />} data-testid="person-edit">
                {t('people.edit')}
              </ButtonLink>
            )}
            {can('audit.read_record') && (
              <ButtonLink to="/admin/audit/records/$recordType/$recordId" params={{ recordType: 'person', recordId: p.id }} variant="default" leftSection={<IconHistory size={16} />} data-testid="person-audit">
                {t('audit.whoOpened')}
              </ButtonLink>
            )}
            {canWrite && (
              <Button variant="subtle" color="red" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)} data-testid="person-archive">
                {t('people.archive')}
              </Button>
            )}
          </>
        }
      />
      {p.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />} title={t('people.archivedTitle')}>
          {t('people.archivedNote')}
        </Alert>
      )}
      <Summary person={p} />
      <KinSection person={p} canWrite={canWrite} />
      <PersonHouseholds person={p} canWrite={canWrite} />
      <PersonCasesSlot personId={p.id} />
      <AssessmentsSection subjects={[{ type: 'person', id: p.id }]} />
      <PersonProgrammes personId={p.id} />
      {can('attachment.read') && <AttachmentsSection person={p} canWrite={canWrite && can('attachment.write')} />}
      <ArchiveDialog
        opened={archiving}
        onClose={() => setArchiving(false)}
        title={t('people.archiveTitle', { name: nameLine(p) })}
        message={t('people.archiveConfirm')}
        onConfirm={async (reason) => {
          await archive.mutateAsync({ id: p.id, ...(reason ? { reason } : {}) });
          notifications.show({ color: 'teal', message: t('people.archivedDone', { name: nameLine(p) }) });
        }}
      />
    </Stack>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

/** Who the person is: names in both scripts, age, sex, places, parents, papers, situation. */
function Summary({ person: p }: { person: TPerson }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const age = useAgeText();
  const sex = useSexText();
  const documentTypes = useLookupList('id_document_type');
  const categories = useLookupList('child_category');
  const khmer = [p.familyNameKm, p.givenNameKm].filter(Boolean).join(' ');
  const latin = [p.familyNameLatin, p.givenNameLatin].filter(Boolean).join(' ');
  const ageText = age(p);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="person-summary">
      <Stack gap="md">
        <Group gap="md" align="flex-start" wrap="nowrap">
          <PersonPhoto photoId={p.photoAttachmentId} size={96} alt={t('people.photoOf', { name: nameLine(p) })} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} fz="h4" id="person-summary">
              {t('people.summary')}
            </Title>
            <Group gap={6}>
              <Badge variant="light">{p.kind === 'child' ? t('people.child') : t('people.adult')}</Badge>
              {p.idPoorLevel && (
                <Badge variant="light" color="orange">
                  {t('people.idPoorBadge', { level: fmt.number(p.idPoorLevel) })}
                </Badge>
              )}
              {p.archived && (
                <Badge variant="light" color="gray">
                  {t('people.archived')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {[sex(p.sex), ageText].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
          <Fact label={t('people.nameKm')} testId="person-name-km">{khmer ? <span lang="km">{khmer}</span> : dash}</Fact>
          <Fact label={t('people.nameLatin')} testId="person-name-latin">{latin || dash}</Fact>
          <Fact label={t('people.nickname')}>{p.nickname ? <Script>{p.nickname}</Script> : dash}</Fact>
          <Fact label={t('people.aliases')}>
            {p.aliases.length ? (
              <Group gap={4} component="span">
                {p.aliases.map((a) => (
                  <Badge key={a.id} variant="outline" color="gray" tt="none" fw={500} lang={isKhmerText(a.name) ? 'km' : undefined}>
                    {a.name}
                  </Badge>
                ))}
              </Group>
            ) : (
              dash
            )}
          </Fact>
          <Fact label={t('people.birthDate')}>
            {p.birthDate ? (
              <>
                {fmt.date(p.birthDate)}
                {p.birthDateEstimated && (
                  <Badge ml={6} size="sm" variant="light" color="yellow">
                    {t('people.estimated')}
                  </Badge>
                )}
              </>
            ) : (
              dash
            )}
          </Fact>
          <Fact label={t('people.ageLabel')}>{ageText ?? dash}</Fact>
          <Fact label={t('people.address')}>
            {p.address ? <Script>{placePath(p.address, p.address.path, language)}</Script> : dash}
            {p.addressDetail && (
              <Text size="sm" c="dimmed" component="span" display="block">
                <Script>{p.addressDetail}</Script>
              </Text>
            )}
          </Fact>
          <Fact label={t('people.birthPlace')}>{p.birthPlace ? <Script>{placePath(p.birthPlace, p.birthPlace.path, language)}</Script> : dash}</Fact>
          <Fact label={t('people.fatherGivenName')}>{p.fatherGivenName ? <Script>{p.fatherGivenName}</Script> : dash}</Fact>
          <Fact label={t('people.motherGivenName')}>{p.motherGivenName ? <Script>{p.motherGivenName}</Script> : dash}</Fact>
          <Fact label={t('people.documents')}>
            {p.documents.length ? (
              <Stack gap={0} component="span">
                {p.documents.map((d) => (
                  <span key={d.id}>
                    {documentTypes.label(d.type)}
                    {d.number && (
                      <Text span c="dimmed" ff="monospace" size="sm">
                        {' '}
                        {d.number}
                      </Text>
                    )}
                  </span>
                ))}
              </Stack>
            ) : (
              dash
            )}
          </Fact>
          {p.kind === 'child' && (
            <Fact label={t('people.categories')}>
              {p.childCategories.length ? (
                <Group gap={4} component="span">
                  {p.childCategories.map((c) => (
                    <Badge key={c} variant="light" color="grape" tt="none" fw={500}>
                      {categories.label(c)}
                    </Badge>
                  ))}
                </Group>
              ) : (
                dash
              )}
            </Fact>
          )}
          <Fact label={t('people.idPoor')}>{p.idPoorLevel ? t('people.idPoorBadge', { level: fmt.number(p.idPoorLevel) }) : t('people.idPoorNone')}</Fact>
          <Fact label={t('people.disability')}>{p.disability ? <Script>{p.disability}</Script> : dash}</Fact>
        </SimpleGrid>
        {p.notes && (
          <dl style={{ margin: 0 }}>
            <Fact label={t('people.notes')}>
              <Text component="span" style={{ whiteSpace: 'pre-wrap' }}>
                <Script>{p.notes}</Script>
              </Text>
            </Fact>
          </dl>
        )}
      </Stack>
    </Paper>
  );
}
