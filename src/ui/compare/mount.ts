import { h, render } from 'preact';
import { SHADOW_MODE } from '../shadow-mode';
import css from './compare.css?inline';
import { ComparePanel, type CompareItem, type ComparePanelProps } from './ComparePanel';


export interface CompareHandle {
  update(props: Omit<ComparePanelProps, 'onPick'>): void;
  destroy(): void;
}

export function mountCompare(): CompareHandle {
  const host = document.createElement('rac-compare');
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const container = document.createElement('div');
  root.append(container);
  for (const type of ['click', 'pointerdown', 'mousedown', 'keydown']) host.addEventListener(type, (e) => e.stopPropagation());
  const onPick = (item: CompareItem) => {
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    item.target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
    item.target.focus({ preventScroll: true });
  };
  // On <html>, not <body>: outside the site's React root and its re-renders.
  document.documentElement.append(host);
  return {
    update(props) {
      render(h(ComparePanel, { ...props, onPick }), container);
    },
    destroy() {
      render(null, container);
      host.remove();
    },
  };
}
