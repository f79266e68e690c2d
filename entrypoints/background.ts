// Background: only what needs it. The toolbar badge shows how many practitioners the content
// script annotated in each tab (it sends the count; tabs' badge text is per tab).
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // MV3 (Chrome) has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null || !isCountMessage(message)) return;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void action.setBadgeText({ tabId, text }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#1b5e20' }).catch(() => {});
  });
});

function isCountMessage(m: unknown): m is { type: 'rac:count'; count: number } {
  return (
    typeof m === 'object' && m != null &&
    (m as { type?: unknown }).type === 'rac:count' &&
    Number.isInteger((m as { count?: unknown }).count)
  );
}
