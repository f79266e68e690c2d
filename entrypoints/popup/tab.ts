// The tab the popup is about, and what its content script says.
// No "tabs" permission: `tab.url` is visible exactly for the booking sites (host permissions),
// which is the signal that the tab is a supported site.
import { browser } from 'wxt/browser';
import type { SiteGroup } from '../../src/settings';
import { siteGroupOfUrl } from '../../src/ui/settings/site-groups';

export interface TabInfo {
  tabId: number | null;
  group: SiteGroup | null;
  loading: boolean;
}

/** `?tab=<id>` (tests) targets that tab; otherwise the active tab of the current window. */
export async function findTab(search: string): Promise<TabInfo> {
  const param = new URLSearchParams(search).get('tab');
  let tab: { id?: number; url?: string; status?: string } | undefined;
  try {
    if (param != null && /^\d+$/.test(param)) tab = await browser.tabs.get(Number(param));
    else [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  } catch {
    tab = undefined;
  }
  return { tabId: tab?.id ?? null, group: siteGroupOfUrl(tab?.url), loading: tab?.status === 'loading' };
}

export interface CountAnswer {
  count: number;
  enabled?: boolean;
}

/** The content script's answer, or null when none is there (e.g. injected before an update). */
export async function askCount(tabId: number): Promise<CountAnswer | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'rac:get-count' });
    const count = (answer as { count?: unknown } | null)?.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
    const enabled = (answer as { enabled?: unknown }).enabled;
    return typeof enabled === 'boolean' ? { count, enabled } : { count };
  } catch {
    return null;
  }
}

/** Live counts: the content script reports every change with a `rac:count` runtime message. */
export function onCount(tabId: number, cb: (count: number) => void): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    const m = message as { type?: unknown; count?: unknown } | null;
    if (m?.type === 'rac:count' && sender.tab?.id === tabId && typeof m.count === 'number') cb(m.count);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Resolves when the tab finishes loading (its content script runs at document_idle). */
export function whenLoaded(tabId: number): { promise: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') {
        cancel();
        resolve();
      }
    };
    browser.tabs.onUpdated.addListener(listener);
    cancel = () => browser.tabs.onUpdated.removeListener(listener);
  });
  return { promise, cancel };
}
