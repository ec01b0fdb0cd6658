import { checkAnswers, type TAnswer, type TAnswers, type TAssessment } from '@homeward/core';
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../lib/api';
import { useSaveDraft, useSubmitAssessment } from './api';
import { compactAnswers, firstProblemItem, problemKey, problemsByItem, sameAnswers, serverProblemsByItem, withAnswer } from './logic';

export type Outcome = { kind: 'saved' } | { kind: 'submitted' } | { kind: 'problems'; first: string } | { kind: 'stale' } | { kind: 'error'; error: unknown };

/**
 * The editing state of a draft assessment: answers, date and notes as typed, whether they differ
 * from what was saved, and problems by item as catalogue keys (from the shared rules in the
 * browser, or from the server). Save and submit answer with what happened, for the screen to show.
 */
export function useAssessmentDraft(saved: TAssessment) {
  const [answers, setAnswers] = useState<TAnswers>(saved.answers);
  const [assessedOn, setAssessedOn] = useState(saved.assessedOn);
  const [notes, setNotes] = useState(saved.notes ?? '');
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const save = useSaveDraft(saved.id);
  const submit = useSubmitAssessment(saved.id);
  const definition = saved.instrument.definition;

  const dirty = !sameAnswers(answers, saved.answers) || assessedOn !== saved.assessedOn || notes.trim() !== (saved.notes ?? '').trim();

  // Shape problems (a value out of range) always; what is missing only once submission was tried.
  const problems = useMemo(() => {
    const found = problemsByItem(checkAnswers(definition, compactAnswers(answers), attempted));
    const keys: Record<string, string> = Object.fromEntries(Object.entries(found).map(([k, code]) => [k, problemKey(code)]));
    return { ...serverProblems, ...keys };
  }, [definition, answers, attempted, serverProblems]);

  const answer = useCallback((itemKey: string, change: Partial<TAnswer>) => {
    setAnswers((a) => withAnswer(a, itemKey, change));
    setServerProblems((p) => {
      if (!(itemKey in p)) return p;
      const { [itemKey]: _gone, ...rest } = p;
      return rest;
    });
  }, []);

  /** After a refusal: the items the server named, or the whole error. */
  const refused = (error: unknown): Outcome => {
    if (isApiError(error) && error.status === 409) return { kind: 'stale' };
    if (isApiError(error)) {
      const { byItem } = serverProblemsByItem(error.fields);
      const first = firstProblemItem(definition, byItem);
      if (first) {
        setServerProblems(byItem);
        return { kind: 'problems', first };
      }
    }
    return { kind: 'error', error };
  };

  const saveDraft = async (): Promise<{ outcome: Outcome; rowVersion: number }> => {
    try {
      const next = await save.mutateAsync({ rowVersion: saved.rowVersion, assessedOn, answers: compactAnswers(answers), notes: notes.trim() || null });
      setAnswers(next.answers);
      return { outcome: { kind: 'saved' }, rowVersion: next.rowVersion };
    } catch (e) {
      return { outcome: refused(e), rowVersion: saved.rowVersion };
    }
  };

  const submitNow = async (): Promise<Outcome> => {
    setAttempted(true);
    const mine = problemsByItem(checkAnswers(definition, compactAnswers(answers), true));
    const first = firstProblemItem(definition, mine);
    if (first) return { kind: 'problems', first };
    let rowVersion = saved.rowVersion;
    if (dirty) {
      const r = await saveDraft();
      if (r.outcome.kind !== 'saved') return r.outcome;
      rowVersion = r.rowVersion;
    }
    try {
      await submit.mutateAsync(rowVersion);
      return { kind: 'submitted' };
    } catch (e) {
      return refused(e);
    }
  };

  /** Take the saved version as it is now (after a stale save), dropping what was typed here. */
  const reset = (fresh: TAssessment) => {
    setAnswers(fresh.answers);
    setAssessedOn(fresh.assessedOn);
    setNotes(fresh.notes ?? '');
    setServerProblems({});
  };

  return {
    answers, answer, assessedOn, setAssessedOn, notes, setNotes, dirty, problems,
    saveDraft, submitNow, reset, saving: save.isPending, submitting: submit.isPending,
  };
}
