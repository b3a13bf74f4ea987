'use client';

import { useEffect, useState } from 'react';
import type { AnswerFeedbackDto } from '@/db/queries/answers';
import { allEvents } from '@/components/offline/offline-store';
import { useSyncState } from '@/components/offline/use-sync-state';

/** An answer given on this device to one question of the attempt, as the queue knows it. */
export type LocalAnswer =
  | { state: 'waiting'; response: string }
  | { state: 'checked'; feedback: AnswerFeedbackDto; fromElsewhere: boolean }
  | { state: 'refused'; response: string; reason: string };

/**
 * This attempt's answers in the device's queue, by question, re-read whenever the queue changes: an
 * answer saved offline shows as waiting, then as checked (with the server's feedback) once it synced.
 */
export function useLocalAnswers(attemptId: string): { answers: Map<string, LocalAnswer>; loaded: boolean } {
  const { version } = useSyncState();
  const [answers, setAnswers] = useState(() => new Map<string, LocalAnswer>());
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let cancelled = false;
    allEvents()
      .then((events) => {
        const found = new Map<string, LocalAnswer>();
        for (const e of events.sort((a, b) => a.seq - b.seq)) {
          if (e.stream !== 'answers' || e.body.attemptId !== attemptId || found.has(e.body.questionId)) continue;
          if (e.status === 'pending') found.set(e.body.questionId, { state: 'waiting', response: e.body.response });
          else if (e.status === 'refused') found.set(e.body.questionId, { state: 'refused', response: e.body.response, reason: e.reason ?? 'Cited did not accept this answer.' });
          else if (e.outcome?.feedback) found.set(e.body.questionId, { state: 'checked', feedback: e.outcome.feedback as AnswerFeedbackDto, fromElsewhere: e.outcome.status === 'already-answered' });
        }
        if (!cancelled) setAnswers(found);
      })
      .catch(() => undefined)
      .finally(() => !cancelled && setLoaded(true));
    return () => {
      cancelled = true;
    };
  }, [attemptId, version]);
  return { answers, loaded };
}
