import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { NAV_ITEMS } from './nav-items';

/** How long after `g` the second key still counts, as in Gmail and GitHub. */
const SEQUENCE_TIMEOUT_MS = 1_500;

/** Keys typed into a field are text, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `g` then `q`/`r`/`c`/`h`/`a`/`s` jumps to a screen, unless the agent is typing in a field. Listens in the
 * capture phase and marks the keys it uses (`defaultPrevented`), so a screen's own single-key shortcuts
 * (`r` to reply on the ticket list) do not fire on the second key of `g r`.
 */
export function useGoToShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    let pendingSince = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const now = Date.now();
      if (pendingSince && now - pendingSince <= SEQUENCE_TIMEOUT_MS) {
        pendingSince = 0;
        const item = NAV_ITEMS.find((candidate) => candidate.shortcut === key);
        if (item) {
          event.preventDefault();
          navigate(item.path);
          // Move focus to the new screen's heading so keyboard and screen-reader users land on it.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
        }
        return;
      }
      pendingSince = key === 'g' ? now : 0;
      if (pendingSince) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [navigate]);
}
