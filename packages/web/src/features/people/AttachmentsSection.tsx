import { attachmentKinds, type TAttachment, type TAttachmentKind, type TPerson } from '@homeward/core';
import { ActionIcon, Anchor, Badge, Button, FileInput, Group, Menu, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDots, IconDownload, IconFile, IconFileTypePdf, IconPaperclip, IconPhoto, IconUserCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { isApiError } from '../../lib/api';
import { translateAny, translateMessage } from '../../lib/i18n';
import { errorMessageKeys } from '../../lib/messages';
import { useFormat } from '../../lib/useFormat';
import { attachmentsQuery, attachmentUrl, useArchiveAttachment, useSetAsPhoto, useUploadAttachment } from './api';
import { fileSize } from './display';
import { acceptFor, checkFile, isImageType } from './files';

export const attachmentKindKeys: Record<TAttachmentKind, `attachments.kinds.${TAttachmentKind}`> = {
  photo: 'attachments.kinds.photo',
  id_document: 'attachments.kinds.id_document',
  consent: 'attachments.kinds.consent',
  certificate: 'attachments.kinds.certificate',
  agreement: 'attachments.kinds.agreement',
  other: 'attachments.kinds.other',
};

const isKind = (v: string): v is TAttachmentKind => (attachmentKinds as readonly string[]).includes(v);

/** A person's photos and papers: upload (checked here and on the server), list, download, photo. */
export function AttachmentsSection({ person, canWrite }: { person: TPerson; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useQuery(attachmentsQuery(person.id));
  const [archiving, setArchiving] = useState<TAttachment | null>(null);
  const archive = useArchiveAttachment(person.id);
  return (
    <Section title={t('attachments.title')} description={t('attachments.intro')}>
      {canWrite && <UploadForm personId={person.id} />}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconPaperclip size={18} aria-hidden />
          <Text size="sm">{t('attachments.none')}</Text>
        </Group>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {list.data.map((a) => (
            <AttachmentCard key={a.id} attachment={a} personId={person.id} isPhoto={a.id === person.photoAttachmentId} canWrite={canWrite} onArchive={() => setArchiving(a)} />
          ))}
        </SimpleGrid>
      )}
      <ConfirmDialog
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('attachments.archiveTitle', { name: archiving?.filename ?? '' })}
        message={t('attachments.archiveConfirm')}
        confirmLabel={t('attachments.archive')}
        danger
        onConfirm={async () => {
          if (archiving) await archive.mutateAsync(archiving.id);
        }}
      />
    </Section>
  );
}

function UploadForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const upload = useUploadAttachment(personId);
  const [kind, setKind] = useState<TAttachmentKind>('photo');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);

  const problem = (f: File | null, k: TAttachmentKind): string | undefined => {
    if (!f) return undefined;
    const m = checkFile(f, k);
    if (!m) return undefined;
    const params = m.params && Object.fromEntries(Object.entries(m.params).map(([key, v]) => [key, typeof v === 'number' ? fmt.number(v) : v]));
    return translateMessage(t, params ? { ...m, params } : m);
  };

  const send = async () => {
    setError(null);
    if (!file) {
      setFileError(t('attachments.chooseFile'));
      return;
    }
    const p = problem(file, kind);
    if (p) {
      setFileError(p);
      return;
    }
    try {
      await upload.mutateAsync({ kind, file });
      notifications.show({ color: 'teal', message: kind === 'photo' ? t('attachments.photoSet') : t('attachments.uploaded', { name: file.name }) });
      setFile(null);
    } catch (e) {
      // The server's own check (the bytes, not the name) answers with a field error on `file`.
      const field = isApiError(e) ? e.fields.find((f) => f.field === 'file') : undefined;
      if (field) setFileError(translateAny(t, [field.key, ...errorMessageKeys(e)]));
      else setError(e);
    }
  };

  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('attachments.kind')}
            data={attachmentKinds.map((k) => ({ value: k, label: t(attachmentKindKeys[k]) }))}
            value={kind}
            onChange={(v) => {
              if (v && isKind(v)) {
                setKind(v);
                setFileError(problem(file, v));
              }
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="attachment-kind"
          />
          <FileInput
            label={t('attachments.file')}
            placeholder={t('attachments.chooseFile')}
            description={t('attachments.limits')}
            accept={acceptFor(kind)}
            value={file}
            onChange={(f) => {
              setFile(f);
              setFileError(problem(f, kind));
            }}
            clearable
            error={fileError}
            leftSection={<IconPaperclip size={16} />}
            data-testid="attachment-file"
          />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button onClick={() => void send()} loading={upload.isPending} disabled={!file || !!fileError} data-testid="attachment-upload">
            {t('attachments.upload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AttachmentCard({ attachment: a, personId, isPhoto, canWrite, onArchive }: { attachment: TAttachment; personId: string; isPhoto: boolean; canWrite: boolean; onArchive: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const setAsPhoto = useSetAsPhoto(personId);
  const size = fileSize(a.sizeBytes);
  const image = isImageType(a.contentType);
  const kindLabel = isKind(a.kind) ? t(attachmentKindKeys[a.kind]) : a.kind;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="attachment-row">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {image ? (
          <img src={attachmentUrl(a.id)} alt="" width={56} height={56} loading="lazy" style={{ objectFit: 'cover', borderRadius: 6, flexShrink: 0, background: 'var(--mantine-color-gray-1)' }} />
        ) : (
          <Paper w={56} h={56} radius="sm" bg="gray.1" style={{ display: 'grid', placeItems: 'center', flexShrink: 0 }}>
            {a.contentType === 'application/pdf' ? <IconFileTypePdf size={28} aria-hidden /> : <IconFile size={28} aria-hidden />}
          </Paper>
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Anchor href={attachmentUrl(a.id)} target="_blank" rel="noopener" fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {a.filename}
          </Anchor>
          <Group gap={6}>
            <Badge size="sm" variant="light" color={a.kind === 'photo' ? 'teal' : 'gray'} leftSection={a.kind === 'photo' ? <IconPhoto size={12} /> : undefined}>
              {kindLabel}
            </Badge>
            {isPhoto && (
              <Badge size="sm" variant="filled" color="teal">
                {t('attachments.currentPhoto')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t(size.unit === 'kb' ? 'attachments.sizeKb' : 'attachments.sizeMb', { size: fmt.number(size.value) })} · {fmt.date(a.createdAt)}
          </Text>
          {setAsPhoto.isError && <ErrorAlert error={setAsPhoto.error} />}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('attachments.actionsFor', { name: a.filename })} loading={setAsPhoto.isPending}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={attachmentUrl(a.id)} download={a.filename} leftSection={<IconDownload size={16} />}>
              {t('common.download')}
            </Menu.Item>
            {canWrite && image && !isPhoto && (
              <Menu.Item
                leftSection={<IconUserCircle size={16} />}
                onClick={() =>
                  setAsPhoto.mutate(a, { onSuccess: () => notifications.show({ color: 'teal', message: t('attachments.photoSet') }) })
                }
              >
                {t('attachments.setAsPhoto')}
              </Menu.Item>
            )}
            {canWrite && (
              <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={onArchive}>
                {t('attachments.archive')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
