// Background: only what needs it. The toolbar badge shows how many practitioners the content
// script annotated in each tab (it sends the count; tabs' badge text is per tab).
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null || !isCountMessage(message)) return;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => {});
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#1b5e20' }).catch(() => {});
  });
});

function isCountMessage(m: unknown): m is { type: 'rac:count'; count: number } {
  return (
    typeof m === 'object' && m != null &&
    (m as { type?: unknown }).type === 'rac:count' &&
    Number.isInteger((m as { count?: unknown }).count)
  );
}
