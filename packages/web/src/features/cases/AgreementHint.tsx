import type { TPlacement } from '@homeward/core';
import { Anchor, Group, Text } from '@mantine/core';
import { IconFileCheck, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links';
import { useCan } from '../auth/session';
import { attachmentUrl } from '../attachments/upload';

/**
 * A placement's signed agreement: a link to the file when it is attached, else a nudge to upload
 * it on the case's Documents tab, with the placement already chosen.
 */
export function AgreementHint({ caseId, placement: p }: { caseId: string; placement: TPlacement }) {
  const { t } = useTranslation();
  const can = useCan();
  if (p.status === 'rejected') return null;
  if (p.agreementAttachmentId) {
    return can('attachment.read') ? (
      <Group gap={6} wrap="nowrap">
        <IconFileCheck size={16} aria-hidden style={{ flexShrink: 0 }} />
        <Anchor href={attachmentUrl(p.agreementAttachmentId)} target="_blank" rel="noopener" size="sm" data-testid="placement-agreement">
          {t('caseDocuments.agreementOpen')}
        </Anchor>
      </Group>
    ) : null;
  }
  if (p.status === 'ended') return null;
  const canUpload = can('attachment.write') && can('case.write');
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" align="flex-start">
      <IconFileUpload size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        {t('caseDocuments.agreementMissing')}{' '}
        {canUpload && (
          <AnchorLink to="/cases/$caseId" params={{ caseId }} search={{ tab: 'documents', agreementFor: p.id }} size="sm" data-testid="placement-agreement-upload">
            {t('caseDocuments.agreementUpload')}
          </AnchorLink>
        )}
      </Text>
    </Group>
  );
}
