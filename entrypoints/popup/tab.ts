// The tab the popup is about, and what its content script says.
// No "tabs" permission: `tab.url` is visible exactly for the booking sites (host permissions),
// which is the signal that the tab is a supported site.
import { browser } from 'wxt/browser';
import type { SiteGroup } from '../../src/settings';
import { countAnswerOf, GET_COUNT_MESSAGE, isCountMessage, type CountAnswer } from '../../src/messages';
import { siteGroupOfUrl } from '../../src/ui/settings/site-groups';
import { TEST_BUILD } from '../../src/ui/shadow-mode';

export interface TabInfo {
  tabId: number | null;
  group: SiteGroup | null;
  loading: boolean;
}

/**
 * The active tab of the current window. In the test build only, `?tab=<id>` targets that tab
 * instead (the e2e opens the popup in a tab of its own, and has no other way to point it at a page).
 */
export async function findTab(search: string): Promise<TabInfo> {
  const param = TEST_BUILD ? new URLSearchParams(search).get('tab') : null;
  let tab: { id?: number; url?: string; status?: string } | undefined;
  try {
    if (param != null && /^\d+$/.test(param)) tab = await browser.tabs.get(Number(param));
    else [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  } catch {
    tab = undefined;
  }
  return { tabId: tab?.id ?? null, group: siteGroupOfUrl(tab?.url), loading: tab?.status === 'loading' };
}

/** The content script's answer, or null when none is there (e.g. injected before an update). */
export async function askCount(tabId: number): Promise<CountAnswer | null> {
  try {
    return countAnswerOf(await browser.tabs.sendMessage(tabId, { type: GET_COUNT_MESSAGE }));
  } catch {
    return null;
  }
}

/** Live counts: the content script reports every change with a COUNT_MESSAGE runtime message. */
export function onCount(tabId: number, cb: (count: number) => void): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    if (isCountMessage(message) && sender.tab?.id === tabId) cb(message.count);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Resolves when the tab has finished loading, or after `timeoutMs`. Checks the tab's status
 * after subscribing, so a load that completed in between is not missed.
 */
export function whenLoaded(tabId: number, timeoutMs = 5000): { promise: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(() => done(), timeoutMs);
    const done = () => {
      cancel();
      resolve();
    };
    cancel = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
    };
    browser.tabs.onUpdated.addListener(listener);
    void browser.tabs.get(tabId).then(
      (tab) => tab.status !== 'loading' && done(),
      () => done(),
    );
  });
  return { promise, cancel };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Asks the tab's content script for its count, giving a page that is still loading (or a
 * content script still reading the settings) a moment before concluding that none is there.
 */
export async function askCountPatiently(
  tabId: number,
  loading: boolean,
  alive: () => boolean,
  retryMs = 300,
): Promise<CountAnswer | null> {
  let answer = await askCount(tabId);
  if (answer || !alive()) return answer;
  if (loading) {
    const loaded = whenLoaded(tabId);
    await loaded.promise;
  }
  for (let i = 0; i < (loading ? 3 : 1) && alive(); i++) {
    await pause(retryMs);
    answer = await askCount(tabId);
    if (answer) return answer;
  }
  return null;
}
