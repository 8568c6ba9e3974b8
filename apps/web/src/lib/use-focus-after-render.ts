import { useLayoutEffect, useRef } from 'react';

/**
 * Moves the focus as soon as React has committed the next render, before the browser paints: back to the
 * control that opened a form once the form is gone, or to a heading when the pressed button went away with
 * the old state. The new focus and the status message arrive together, so nothing is lost in between.
 */
export function useFocusAfterRender(): (focus: () => void) => void {
  const pending = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const focus = pending.current;
    pending.current = null;
    focus?.();
  });
  return (focus) => {
    pending.current = focus;
  };
}
