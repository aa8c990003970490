import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the step's heading whenever the location changes (a new step, Back, a Change
 * link), but not on the first load of the page, so screen readers read the new step.
 */
export function useStepFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [location.key]);
  return ref;
}
