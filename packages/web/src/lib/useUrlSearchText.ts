import { useDebouncedValue } from '@mantine/hooks';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

/**
 * The text of a list page's search box. When typing pauses, the text becomes the page's `q`
 * search parameter through `apply` (which also goes back to the first page), so the list, the
 * back button and a shared link agree. Only while the page is still the one showing: a click on
 * a result right after typing must not be pulled back to the list by the late update.
 */
export function useUrlSearchText(current: string | undefined, apply: (q: string | undefined) => void): [string, (text: string) => void] {
  const [text, setText] = useState(current ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const router = useRouter();
  const home = useRef(router.state.location.pathname);
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(() => {
    if (router.state.location.pathname !== home.current) return;
    if ((current ?? '') !== debounced) latestApply.current(debounced || undefined);
  }, [debounced, current, router]);
  return [text, setText];
}
