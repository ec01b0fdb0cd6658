import { caseAttachmentKinds, type TCase } from '@homeward/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NoAccess } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { AttachmentsPanel, type AttachmentLink } from '../attachments/AttachmentsPanel';
import { useCan } from '../auth/session';
import { placementsQuery } from './api';
import { caseAttachmentsQuery, useArchiveCaseAttachment, useUploadCaseAttachment } from './documents';
import { useLookups } from './lookups';

const route = getRouteApi('/app/cases/$caseId');

/**
 * The case's documents — consent forms, signed placement agreements, assessment scans, reports —
 * in the same panel as a person's papers. A consent form or agreement can say which consent or
 * placement it documents; the placement tab links here to attach a missing agreement.
 */
export function DocumentsTab({ kase }: { kase: TCase }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const lookups = useLookups();
  const { agreementFor } = route.useSearch();
  const readable = can('attachment.read');
  const list = useQuery({ ...caseAttachmentsQuery(kase.id), enabled: readable });
  const placements = useQuery({ ...placementsQuery(kase.id), enabled: readable });
  const upload = useUploadCaseAttachment(kase.id);
  const archive = useArchiveCaseAttachment(kase.id);
  if (!readable) return <NoAccess />;

  const links: AttachmentLink[] = [
    ...kase.consents.map((c) => ({
      field: 'consentId' as const, id: c.id, kind: 'consent' as const,
      label: t('caseDocuments.consentLink', { subject: c.subject, givenBy: c.givenBy, date: fmt.date(c.givenOn) }),
    })),
    ...(placements.data ?? []).filter((p) => p.status !== 'rejected').map((p) => ({
      field: 'placementId' as const, id: p.id, kind: 'agreement' as const,
      label: t('caseDocuments.placementLink', { careType: lookups.label('care_type', p.careType), date: fmt.date(p.startDate) }),
    })),
  ];
  return (
    <AttachmentsPanel
      title={t('caseDocuments.title')}
      intro={t('caseDocuments.intro')}
      empty={t('caseDocuments.none')}
      limits={t('caseDocuments.limits')}
      kinds={caseAttachmentKinds}
      list={list}
      upload={upload}
      archive={archive}
      canWrite={can('attachment.write') && can('case.write')}
      links={links}
      intent={agreementFor ? { kind: 'agreement', linkId: agreementFor } : undefined}
    />
  );
}
