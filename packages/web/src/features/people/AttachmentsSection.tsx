import { personAttachmentKinds, type TPerson } from '@homeward/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { attachmentsQuery, useArchiveAttachment, useSetAsPhoto, useUploadAttachment } from './api';

/** A person's photos and papers: the shared attachments panel, with the person's photo. */
export function AttachmentsSection({ person, canWrite }: { person: TPerson; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(attachmentsQuery(person.id));
  const upload = useUploadAttachment(person.id);
  const archive = useArchiveAttachment(person.id);
  const setAsPhoto = useSetAsPhoto(person.id);
  return (
    <AttachmentsPanel
      title={t('attachments.title')}
      intro={t('attachments.intro')}
      empty={t('attachments.none')}
      limits={t('attachments.limits')}
      kinds={personAttachmentKinds}
      list={list}
      upload={upload}
      archive={archive}
      canWrite={canWrite}
      photo={{ currentId: person.photoAttachmentId, setAsPhoto }}
    />
  );
}
