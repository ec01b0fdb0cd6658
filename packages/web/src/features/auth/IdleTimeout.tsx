import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { idleState, secondsLeft, type IdleState } from './idle';
import { pingSession, signOut } from './session';

const ACTIVITY_KEY = 'homeward.lastActivity';
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Write activity at most this often (it is shared between tabs through localStorage). */
const WRITE_EVERY_MS = 5_000;
/** Ask the server to slide its session at most this often while someone is working. */
const PING_EVERY_MS = 5 * 60_000;

function readActivity(fallback: number): number {
  try {
    const v = Number(localStorage.getItem(ACTIVITY_KEY));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  } catch {
    return fallback;
  }
}

function writeActivity(at: number): void {
  try {
    localStorage.setItem(ACTIVITY_KEY, String(at));
  } catch {
    // private mode: this tab's own memory still counts
  }
}

/**
 * Signs out after `minutes` without activity in any tab, with a minute's warning. The server
 * ends idle sessions too; this makes the screen follow, so nothing stays on a shared phone.
 */
export function IdleTimeout({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [state, setState] = useState<IdleState>('active');
  const [left, setLeft] = useState(0);
  const last = useRef(Date.now());
  const lastWrite = useRef(0);
  const lastPing = useRef(Date.now());
  const timeoutMs = minutes * 60_000;

  useEffect(() => {
    const start = Date.now();
    last.current = start;
    writeActivity(start);
    const onActivity = () => {
      const now = Date.now();
      last.current = now;
      if (now - lastWrite.current > WRITE_EVERY_MS) {
        lastWrite.current = now;
        writeActivity(now);
      }
      if (now - lastPing.current > PING_EVERY_MS) {
        lastPing.current = now;
        pingSession().catch(() => undefined); // a failure is handled by the next real request
      }
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    let ended = false;
    const timer = window.setInterval(() => {
      const now = Date.now();
      const lastActivity = Math.max(last.current, readActivity(last.current));
      const s = idleState(lastActivity, now, timeoutMs);
      setState(s);
      setLeft(secondsLeft(lastActivity, now, timeoutMs));
      if (s === 'expired' && !ended) {
        ended = true;
        void signOut(queryClient, 'idle');
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, [timeoutMs, queryClient]);

  const stay = () => {
    const now = Date.now();
    last.current = now;
    writeActivity(now);
    lastPing.current = now;
    pingSession().catch(() => undefined);
    setState('active');
  };

  return (
    <Modal opened={state === 'warning'} onClose={stay} title={t('idle.title')} centered withCloseButton={false}>
      <Stack>
        <Text aria-live="assertive">{t('idle.message', { seconds: fmt.number(left) })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void signOut(queryClient, 'signed_out')}>
            {t('shell.signOut')}
          </Button>
          <Button onClick={stay} data-autofocus>
            {t('idle.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
