import { Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { RequireAbility } from '../../../components/RequireAbility';
import { EmptyMessage, ErrorState, LoadingState } from '../../../components/States';
import { translateAny } from '../../../lib/i18n';
import { organisationQuery } from '../organisations/api';
import { teamsQuery } from '../teams/api';
import { userQuery } from '../users/api';
import { AUDIT_PAGE_SIZE, recordAuditQuery } from './api';
import { AuditTable } from './AuditTable';

const route = getRouteApi('/app/admin/audit/records/$recordType/$recordId');

/** Who opened or changed one record: for supervisors and above. */
export function RecordAuditPage() {
  return (
    <RequireAbility action="audit.read_record">
      <RecordAudit />
    </RequireAbility>
  );
}

/** The record's name and where to go back to, for the kinds of record that have a page. */
function useRecordHeading(type: string, id: string): { name?: string; back?: { to: string; label: string } } {
  const { t } = useTranslation();
  const user = useQuery({ ...userQuery(id), enabled: type === 'user' }).data;
  const team = useQuery({ ...teamsQuery, enabled: type === 'team' }).data?.find((x) => x.id === id);
  const org = useQuery({ ...organisationQuery(id), enabled: type === 'organisation' }).data;
  if (type === 'user') return { name: user?.name, back: { to: `/admin/users/${id}`, label: user?.name ?? t('recordTypes.user') } };
  if (type === 'team') return { name: team?.name, back: { to: `/admin/teams/${id}`, label: team?.name ?? t('recordTypes.team') } };
  if (type === 'organisation') return { name: org?.name, back: { to: `/admin/organisations/${id}`, label: org?.name ?? t('recordTypes.organisation') } };
  return {};
}

function RecordAudit() {
  const { t } = useTranslation();
  const { recordType, recordId } = route.useParams();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const heading = useRecordHeading(recordType, recordId);
  const log = useQuery(recordAuditQuery(recordType, recordId, page));
  const typeLabel = translateAny(t, `recordTypes.${recordType}`, undefined, recordType);
  return (
    <Stack gap="md">
      <PageHeader back={heading.back} title={t('audit.recordTitle')} description={`${typeLabel}: ${heading.name ?? recordId}`} />
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyMessage icon={<IconHistory size={28} />} title={t('audit.recordNone')} />
      ) : (
        <>
          <AuditTable entries={log.data.items} showRecord={false} />
          <Pager page={page} pageSize={AUDIT_PAGE_SIZE} total={log.data.total} onChange={(p) => void navigate({ search: { page: p } })} />
        </>
      )}
    </Stack>
  );
}
