import { attachmentKinds, type TAttachment, type TAttachmentKind } from '@homeward/core';
import { ActionIcon, Anchor, Badge, Button, FileInput, Group, Menu, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconDots, IconDownload, IconFile, IconFileTypePdf, IconLink, IconPaperclip, IconPhoto, IconUserCircle } from '@tabler/icons-react';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { ErrorState, LoadingState } from '../../components/States';
import { isApiError } from '../../lib/api';
import { translateAny, translateMessage } from '../../lib/i18n';
import { errorMessageKeys } from '../../lib/messages';
import { useFormat } from '../../lib/useFormat';
import { fileSize } from '../people/display';
import { acceptFor, checkFile, isImageType } from './files';
import { attachmentUrl } from './upload';

export const attachmentKindKeys: Record<TAttachmentKind, `attachments.kinds.${TAttachmentKind}`> = {
  photo: 'attachments.kinds.photo',
  id_document: 'attachments.kinds.id_document',
  consent: 'attachments.kinds.consent',
  certificate: 'attachments.kinds.certificate',
  agreement: 'attachments.kinds.agreement',
  assessment: 'attachments.kinds.assessment',
  report: 'attachments.kinds.report',
  other: 'attachments.kinds.other',
};

// Long kind names (Khmer "signed agreement") wrap at 360 px instead of being cut off.
const wrappingBadge = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', lineHeight: 1.6 } } as const;

const isKind = (v: string): v is TAttachmentKind => (attachmentKinds as readonly string[]).includes(v);

/** A record of the owner a file may document (a case's consent or placement), offered for files of `kind`. */
export interface AttachmentLink {
  field: 'consentId' | 'placementId';
  id: string;
  kind: TAttachmentKind;
  label: string;
}

export interface UploadInput {
  kind: TAttachmentKind;
  file: File;
  link?: AttachmentLink | undefined;
}

/** What a first upload form should start with (e.g. "attach the signed agreement of this placement"). */
export interface UploadIntent {
  kind: TAttachmentKind;
  linkId?: string | undefined;
}

export interface AttachmentsPanelProps {
  title: string;
  intro: string;
  empty: string;
  limits: string;
  kinds: readonly TAttachmentKind[];
  list: UseQueryResult<TAttachment[]>;
  upload: UseMutationResult<TAttachment, Error, UploadInput>;
  archive: UseMutationResult<TAttachment, Error, string>;
  canWrite: boolean;
  /** The records files may document; a file's badge names the one it documents. */
  links?: readonly AttachmentLink[];
  intent?: UploadIntent | undefined;
  /** People only: which file is their photo, and how to make an image it. */
  photo?: { currentId: string | null; setAsPhoto: UseMutationResult<TAttachment, Error, TAttachment> };
}

/**
 * Photos and papers of a record — a person's or a case's: upload (checked here and again on the
 * server), list, download, archive after a confirmation. The owner passes its own queries,
 * mutations and words, so both screens behave the same.
 */
export function AttachmentsPanel(props: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const { list, archive, canWrite, links = [] } = props;
  const [archiving, setArchiving] = useState<TAttachment | null>(null);
  return (
    <Section title={props.title} description={props.intro}>
      {canWrite && <UploadForm {...props} links={links} />}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Group gap="xs" c="dimmed" wrap="nowrap" data-testid="attachments-empty">
          <IconPaperclip size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">{props.empty}</Text>
        </Group>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {list.data.map((a) => (
            <AttachmentCard
              key={a.id}
              attachment={a}
              documents={links.find((l) => (l.field === 'consentId' ? a.consentId : a.placementId) === l.id)}
              photo={props.photo}
              canWrite={canWrite}
              onArchive={() => setArchiving(a)}
            />
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

function UploadForm({ kinds, upload, links, intent, limits, photo }: AttachmentsPanelProps & { links: readonly AttachmentLink[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [kind, setKind] = useState<TAttachmentKind>(intent?.kind ?? kinds[0] ?? 'other');
  const [linkId, setLinkId] = useState<string | null>(intent?.linkId ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  // A link from elsewhere ("upload the signed agreement") can arrive while the tab is open.
  useEffect(() => {
    if (intent) {
      setKind(intent.kind);
      setLinkId(intent.linkId ?? null);
    }
  }, [intent?.kind, intent?.linkId]);
  const linkChoices = links.filter((l) => l.kind === kind);
  const link = linkChoices.find((l) => l.id === linkId);

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
      await upload.mutateAsync({ kind, file, link });
      notifications.show({ color: 'teal', message: kind === 'photo' && photo ? t('attachments.photoSet') : t('attachments.uploaded', { name: file.name }) });
      setFile(null);
      setLinkId(null);
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
            data={kinds.map((k) => ({ value: k, label: t(attachmentKindKeys[k]) }))}
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
            description={limits}
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
          {linkChoices.length > 0 && (
            <Select
              label={t('attachments.documents')}
              description={t('attachments.documentsHint')}
              placeholder={t('attachments.documentsNone')}
              data={linkChoices.map((l) => ({ value: l.id, label: l.label }))}
              value={link?.id ?? null}
              onChange={setLinkId}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="attachment-link"
            />
          )}
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

function AttachmentCard({ attachment: a, documents, photo, canWrite, onArchive }: {
  attachment: TAttachment; documents: AttachmentLink | undefined; photo: AttachmentsPanelProps['photo']; canWrite: boolean; onArchive: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const setAsPhoto = photo?.setAsPhoto;
  const isPhoto = photo?.currentId === a.id;
  const size = fileSize(a.sizeBytes);
  const image = isImageType(a.contentType);
  const kindLabel = isKind(a.kind) ? t(attachmentKindKeys[a.kind]) : a.kind;
  const settingThis = setAsPhoto?.isPending === true && setAsPhoto.variables.id === a.id;
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
            <Badge size="sm" variant="light" color={a.kind === 'photo' ? 'teal' : 'gray'} leftSection={a.kind === 'photo' ? <IconPhoto size={12} /> : undefined} styles={wrappingBadge}>
              {kindLabel}
            </Badge>
            {isPhoto && (
              <Badge size="sm" variant="filled" color="teal">
                {t('attachments.currentPhoto')}
              </Badge>
            )}
          </Group>
          {documents && (
            <Group gap={4} wrap="nowrap" c="dimmed" align="flex-start">
              <IconLink size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
              <Text size="xs" style={{ overflowWrap: 'anywhere' }} data-testid="attachment-documents">
                {documents.label}
              </Text>
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {t(size.unit === 'kb' ? 'attachments.sizeKb' : 'attachments.sizeMb', { size: fmt.number(size.value) })} · {fmt.date(a.createdAt)}
          </Text>
          {setAsPhoto?.isError && setAsPhoto.variables.id === a.id && <ErrorAlert error={setAsPhoto.error} />}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('attachments.actionsFor', { name: a.filename })} loading={settingThis}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={attachmentUrl(a.id)} download={a.filename} leftSection={<IconDownload size={16} />}>
              {t('common.download')}
            </Menu.Item>
            {canWrite && setAsPhoto && image && !isPhoto && (
              <Menu.Item
                leftSection={<IconUserCircle size={16} />}
                onClick={() => setAsPhoto.mutate(a, { onSuccess: () => notifications.show({ color: 'teal', message: t('attachments.photoSet') }) })}
              >
                {t('attachments.setAsPhoto')}
              </Menu.Item>
            )}
            {canWrite && (
              <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={onArchive} data-testid="attachment-archive">
                {t('attachments.archive')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
