'use client';

import { useEffect, type Dispatch, type SetStateAction } from 'react';
import type { Rating } from '@/lib/srs/ratings';

type Keys = { hasCard: boolean; flipped: boolean; setFlipped: Dispatch<SetStateAction<boolean>>; grade: (rating: Rating) => void; undo: () => void };

/** Desktop keys: Space flips, 1–4 grade a flipped card, U or Ctrl/⌘+Z undoes the last grade. */
export function useStudyKeys({ hasCard, flipped, setFlipped, grade, undo }: Keys) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName)) return;
      // Space on a focused button or link activates it (the card itself is a button): only a bare Space flips here.
      const onControl = event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(event.target.tagName);
      if (event.key === ' ' && hasCard && !onControl) {
        event.preventDefault();
        setFlipped((f) => !f);
      } else if (['1', '2', '3', '4'].includes(event.key) && flipped) {
        grade(Number(event.key) as Rating);
      } else if ((event.key === 'z' && (event.ctrlKey || event.metaKey)) || event.key === 'u') {
        undo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hasCard, flipped, setFlipped, grade, undo]);
}
