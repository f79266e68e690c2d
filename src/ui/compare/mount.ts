// Mounts the Comparer: `<rac-compare>` on <html> (outside the site's React root and its
// re-renders) wrapping a built-in span with the closed root (src/ui/shadow-host.ts says why).
import { h, render } from 'preact';
import { createShadowHost } from '../shadow-host';
import css from './compare.css?inline';
import { ComparePanel, type CompareItem, type ComparePanelProps } from './ComparePanel';

export const COMPARE_TAG = 'rac-compare';

export interface CompareHandle {
  /** For tests and our own code only (closed in a shipped build). */
  root: ShadowRoot;
  update(props: Omit<ComparePanelProps, 'onPick'>): void;
  destroy(): void;
}

export function mountCompare(): CompareHandle {
  const { outer: host, root } = createShadowHost(COMPARE_TAG, css);
  for (const type of ['click', 'pointerdown', 'mousedown', 'keydown']) host.addEventListener(type, (e) => e.stopPropagation());
  const onPick = (item: CompareItem) => {
    const target = item.reveal();
    if (target === null) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
    target.focus({ preventScroll: true });
  };
  document.documentElement.append(host);
  return {
    root,
    update(props) {
      render(h(ComparePanel, { ...props, onPick }), root);
    },
    destroy() {
      render(null, root);
      host.remove();
    },
  };
}
