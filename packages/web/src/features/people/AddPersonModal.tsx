import type { TPersonSummary } from '@homeward/core';
import { Button, Divider, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formResolver } from '../../lib/forms';
import { isApiError } from '../../lib/api';
import { translateAny } from '../../lib/i18n';
import { DuplicatesDialog } from './DuplicatesDialog';
import { emptyPersonForm, serverValidationKeys, toCreateRequest, ZPersonForm, type PersonFormOutput, type PersonFormValues } from './form';
import { useLookupList } from './lookups';
import { PersonFields, personFieldPaths } from './PersonFields';
import { PersonPicker } from './PersonPicker';
import { applyServerFieldErrors } from './serverErrors';
import { useRegisterFlow } from './useRegisterFlow';

interface AddPersonModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro?: string;
  relationshipLabel: string;
  relationshipHint?: string;
  /** A relative needs a relationship; a household's head has none. */
  relationshipRequired: boolean;
  /** Hide the relationship (the person is becoming the head). */
  hideRelationship?: boolean;
  /** More fields under the relationship (a household's "head" switch). */
  extra?: ReactNode;
  exclude: readonly string[];
  submitLabel: string;
  /** `kin` or `member`: prefixes the test ids of the relationship select and the submit button. */
  testIdPrefix: 'kin' | 'member';
  /** Link the chosen or newly registered person; a refusal is shown in the dialog. */
  onAdd: (person: TPersonSummary, relationship: string | null) => Promise<unknown>;
}

/**
 * Add someone to a child's kin or to a household: find a person already registered, or register
 * a new one in place (with the duplicate warning, which can also pick the existing record).
 */
export function AddPersonModal(props: AddPersonModalProps) {
  const { opened, onClose, title, intro, relationshipLabel, relationshipHint, relationshipRequired, hideRelationship, extra, exclude, submitLabel, testIdPrefix, onAdd } = props;
  const { t } = useTranslation();
  const relationships = useLookupList('relationship');
  // A whole registration form does not fit a floating dialog on a phone.
  const mobile = useMediaQuery('(max-width: 36em)') ?? false;
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [picked, setPicked] = useState<TPersonSummary | null>(null);
  const [relationship, setRelationship] = useState<string | null>(null);
  const [relError, setRelError] = useState<string | undefined>();
  const [pickError, setPickError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({ resolver: formResolver(ZPersonForm), defaultValues: emptyPersonForm('adult') });

  const close = () => {
    if (busy) return;
    form.reset(emptyPersonForm('adult'));
    setMode('new');
    setPicked(null);
    setRelationship(null);
    setRelError(undefined);
    setPickError(undefined);
    setError(null);
    flow.reset();
    onClose();
  };

  /** Field errors of the link itself (the relationship, the person) are shown on those fields. */
  const showLinkError = (e: unknown) => {
    const fields = isApiError(e) ? e.fields : [];
    let shown = false;
    for (const f of fields) {
      const text = translateAny(t, [serverValidationKeys[f.key] ?? f.key, f.key]);
      if (f.field === 'relationship') {
        setRelError(text);
        shown = true;
      } else if (f.field === 'relativeId' || f.field === 'personId') {
        setPickError(text);
        shown = true;
      }
    }
    if (!shown) setError(e);
  };

  const link = async (person: TPersonSummary) => {
    setBusy(true);
    try {
      await onAdd(person, hideRelationship ? null : relationship);
      setBusy(false);
      close();
    } catch (e) {
      setBusy(false);
      showLinkError(e);
    }
  };

  const flow = useRegisterFlow({
    onSaved: (created) => {
      // Registered: from here on this is an existing person, so a retry does not register twice.
      setPicked(created);
      setMode('existing');
      void link(created);
    },
    onError: (e) => {
      if (!applyServerFieldErrors(e, form.setError, personFieldPaths(form.getValues()))) setError(e);
    },
  });

  const relationshipOk = (): boolean => {
    if (hideRelationship || !relationshipRequired || relationship) return true;
    setRelError(t('validation.required'));
    return false;
  };

  const submit = async () => {
    setError(null);
    setPickError(undefined);
    if (mode === 'existing') {
      const ok = relationshipOk();
      if (!picked) {
        setPickError(t('validation.required'));
        return;
      }
      if (ok) await link(picked);
      return;
    }
    const ok = relationshipOk();
    await form.handleSubmit(async (v) => {
      if (ok) await flow.submit(toCreateRequest(v));
    })();
  };

  return (
    <>
      <Modal opened={opened} onClose={close} title={title} size="lg" centered fullScreen={mobile} data-testid={`${testIdPrefix}-modal`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack gap="md">
            {intro && <Text size="sm">{intro}</Text>}
            <SegmentedControl
              fullWidth
              value={mode}
              onChange={(v) => setMode(v === 'existing' ? 'existing' : 'new')}
              data={[
                { value: 'new', label: t('people.picker.registerNew') },
                { value: 'existing', label: t('people.picker.findExisting') },
              ]}
              data-testid={`${testIdPrefix}-mode`}
            />
            {mode === 'existing' ? (
              <PersonPicker value={picked} onChange={(p) => { setPicked(p); setPickError(undefined); }} label={t('people.picker.label')} exclude={exclude} error={pickError} />
            ) : (
              <PersonFields form={form} compact />
            )}
            <Divider />
            {!hideRelationship && (
              <Select
                label={relationshipLabel}
                description={relationshipHint}
                data={relationships.options()}
                value={relationship}
                onChange={(v) => {
                  setRelationship(v);
                  setRelError(undefined);
                }}
                required={relationshipRequired}
                clearable={!relationshipRequired}
                error={relError}
                comboboxProps={{ withinPortal: true }}
                data-testid={`${testIdPrefix}-relationship`}
              />
            )}
            {extra}
            <ErrorAlert error={error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={busy}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy || form.formState.isSubmitting || flow.dialog.busy} data-testid={`${testIdPrefix}-submit`}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <DuplicatesDialog
        {...flow.dialog}
        onUse={(person) => {
          flow.reset();
          setPicked(person);
          setMode('existing');
          if (relationshipOk()) void link(person);
        }}
      />
    </>
  );
}
