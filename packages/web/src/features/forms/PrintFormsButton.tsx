import type { TCaseForm, TFormLanguage } from '@homeward/core';
import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCircleCheck, IconDownload, IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { caseFormsQuery, downloadFormPdf } from './api';

/**
 * "Print MoSVY form" on the case page: the six government forms, each ready to download in
 * Khmer or English, or with the list of what to record first.
 */
export function PrintFormsButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpened(true)} data-testid="print-forms">
        {t('mosvyForms.open')}
      </Button>
      {opened && <PrintFormsModal caseId={caseId} onClose={() => setOpened(false)} />}
    </>
  );
}

function PrintFormsModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const forms = useQuery(caseFormsQuery(caseId));
  const download = useMutation({ mutationFn: ({ form, lang }: { form: number; lang: TFormLanguage }) => downloadFormPdf(caseId, form, lang) });
  return (
    <Modal opened onClose={onClose} title={t('mosvyForms.title')} size="lg" fullScreen={narrow} centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('mosvyForms.intro')}
        </Text>
        {download.error && <ErrorAlert error={download.error} title={t('mosvyForms.downloadFailed')} />}
        {forms.isPending && <LoadingState />}
        {forms.isError && <ErrorState error={forms.error} onRetry={() => void forms.refetch()} />}
        {forms.data?.forms.map((form) => (
          <FormRow
            key={form.number}
            form={form}
            busy={download.isPending && download.variables.form === form.number ? download.variables.lang : null}
            onDownload={(lang) => download.mutate({ form: form.number, lang })}
          />
        ))}
      </Stack>
    </Modal>
  );
}

function FormRow({ form, busy, onDownload }: { form: TCaseForm; busy: TFormLanguage | null; onDownload: (lang: TFormLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang: TFormLanguage = i18n.language === 'km' ? 'km' : 'en';
  const number = fmt.number(form.number);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`mosvy-form-${form.number}`} data-ready={form.ready}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text fw={700} lang={lang}>
            {t('mosvyForms.formNumber', { number })} · {form.title[lang]}
          </Text>
          {form.ready ? (
            <Badge color="green" variant="light" leftSection={<IconCircleCheck size={12} />} style={{ flexShrink: 0 }}>
              {t('mosvyForms.ready')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
              {t('mosvyForms.notReady')}
            </Badge>
          )}
        </Group>
        {form.ready ? (
          <Group gap="xs" wrap="wrap">
            <Button size="xs" leftSection={<IconDownload size={14} />} loading={busy === 'km'} disabled={busy !== null} onClick={() => onDownload('km')} data-testid={`mosvy-form-${form.number}-km`}>
              {t('mosvyForms.downloadKhmer')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} loading={busy === 'en'} disabled={busy !== null} onClick={() => onDownload('en')} data-testid={`mosvy-form-${form.number}-en`}>
              {t('mosvyForms.downloadEnglish')}
            </Button>
          </Group>
        ) : (
          <Alert variant="light" color="yellow" icon={<IconInfoCircle size={16} />} p="xs" title={t('mosvyForms.toPrintRecord', { number })}>
            <List size="sm" spacing={2}>
              {form.missing.map((item) => (
                <List.Item key={item.key} lang={lang}>
                  {item.label[lang]}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
