import type { TApproval } from '@homeward/core';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../lib/api';
import { translateAny } from '../../lib/i18n';
import { useDecideApproval } from './api';

export type Decision = { approval: TApproval; decision: 'approve' | 'reject' } | null;

/**
 * Approve (a comment is optional) or send back (a comment saying why is required) one request.
 * Deciding changes the case at once — a plan approved, a child placed, a case closed — so it
 * is confirmed here.
 */
export function DecisionModal({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideApproval();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (decision) {
      setComment('');
      setCommentError(null);
      setError(null);
    }
  }, [decision]);
  const reject = decision?.decision === 'reject';
  const submit = async () => {
    if (!decision) return;
    setError(null);
    if (reject && !comment.trim()) {
      setCommentError(t('approvals.rejectNeedsComment'));
      return;
    }
    try {
      await decide.mutateAsync({ id: decision.approval.id, decision: decision.decision, comment: comment.trim() || undefined });
      notifications.show({ color: reject ? 'orange' : 'teal', message: reject ? t('approvals.rejected') : t('approvals.approved') });
      onClose();
    } catch (e) {
      const field = isApiError(e) ? e.fields.find((f) => f.field === 'comment') : undefined;
      if (field) setCommentError(translateAny(t, field.key));
      else setError(e);
    }
  };
  const kind = decision ? t(`approvals.kinds.${decision.approval.kind}`) : '';
  return (
    <Modal opened={decision !== null} onClose={onClose} title={reject ? t('approvals.rejectTitle', { kind }) : t('approvals.approveTitle', { kind })} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {decision && (
            <Text size="sm">{reject ? t('approvals.rejectExplain') : t(`approvals.approveExplain.${decision.approval.kind}`)}</Text>
          )}
          <Textarea
            data-testid="approval-comment"
            label={t('approvals.comment')}
            description={reject ? t('approvals.commentRequired') : t('approvals.commentOptional')}
            required={reject}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setCommentError(null);
            }}
            error={commentError}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={reject ? 'red' : undefined} loading={decide.isPending} data-testid="approval-confirm">
              {reject ? t('approvals.reject') : t('approvals.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
