import type { TCreatePersonRequest, TCreatePersonResponse, TPossibleDuplicate } from '@homeward/core';
import { useState } from 'react';
import { checkDuplicates, useRegisterPerson } from './api';
import { toDuplicateCheck } from './form';

export interface RegisterFlowCallbacks {
  /** The person is registered. `unseen`: possible duplicates the server found that were not shown before saving. */
  onSaved: (created: TCreatePersonResponse, unseen: TPossibleDuplicate[]) => void;
  /** The registration was refused (field errors go back on the form). */
  onError: (error: unknown) => void;
}

/**
 * Registering someone with the duplicate warning first: ask the server who may be the same
 * person; if anyone, hold the registration until the user continues (or goes to the existing
 * record). A check that fails does not block: the registration's own answer lists duplicates too.
 */
export function useRegisterFlow({ onSaved, onError }: RegisterFlowCallbacks) {
  const register = useRegisterPerson();
  const [held, setHeld] = useState<{ body: TCreatePersonRequest; candidates: TPossibleDuplicate[] } | null>(null);

  const save = async (body: TCreatePersonRequest, seen: readonly TPossibleDuplicate[]) => {
    try {
      const created = await register.mutateAsync(body);
      setHeld(null);
      const seenIds = new Set(seen.map((c) => c.person.id));
      onSaved(created, created.possibleDuplicates.filter((c) => !seenIds.has(c.person.id)));
    } catch (e) {
      setHeld(null);
      onError(e);
    }
  };

  /** Check, then save or hold for the warning. Resolves when either is done. */
  const submit = async (body: TCreatePersonRequest) => {
    let candidates: TPossibleDuplicate[] = [];
    try {
      candidates = (await checkDuplicates(toDuplicateCheck(body))).candidates;
    } catch {
      candidates = [];
    }
    if (candidates.length) setHeld({ body, candidates });
    else await save(body, []);
  };

  return {
    submit,
    /** Props for the DuplicatesDialog while a registration is held. */
    dialog: {
      candidates: held?.candidates ?? null,
      stage: 'before' as const,
      busy: register.isPending,
      onContinue: () => {
        if (held) void save(held.body, held.candidates);
      },
      onClose: () => setHeld(null),
    },
    reset: () => setHeld(null),
  };
}
