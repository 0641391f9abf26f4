import { useSyncExternalStore } from 'react';
import { NARROW_HEADER_BELOW, VARIANTS_META, parseVariants, resolveVariants, type PracticeVariants } from './variants';

/**
 * The variants this page was served with: the server resolves them for the browser context
 * (backend options, cookie, `?practice=`) and writes them into `meta[name="practice-variants"]`.
 */
function readVariants(): PracticeVariants {
  const content = typeof document === 'undefined' ? null : document.querySelector(`meta[name="${VARIANTS_META}"]`)?.getAttribute('content');
  return resolveVariants(content ? parseVariants(content).variants : {});
}

export const variants: PracticeVariants = readVariants();

function subscribeWidth(listener: () => void) {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** Whether the global header is the narrow one now (it follows the window width under `header=auto`). */
export function useNarrowHeader(): boolean {
  const narrowWindow = useSyncExternalStore(subscribeWidth, () => window.innerWidth < NARROW_HEADER_BELOW);
  return variants.header === 'narrow' || (variants.header === 'auto' && narrowWindow);
}
