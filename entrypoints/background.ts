// Background: only what needs it. It computes the estimates the content scripts ask for (the
// calculation core lives here, see src/content/estimates.ts), and the toolbar badge shows how
// many practitioners the content script annotated in each tab.
import { browser } from 'wxt/browser';
import { estimate } from '../src/core';
import { isCountMessage, isEstimateRequest, type EstimateReply } from '../src/messages';
import type { EstimateInput } from '../src/core/types';
import { breakdownSources } from '../src/domain/sources';

/** An estimate and the sources its breakdown shows (chosen here: see EstimateReply). */
function reply(input: EstimateInput): EstimateReply {
  const e = estimate(input);
  return { ...e, shownSources: breakdownSources(e.tariff.sources) };
}
import { medecinTraitantItem, profileItem, sitesItem } from '../src/settings';

export default defineBackground(() => {
  // Defining the storage items runs their migrations at startup: content scripts only read the
  // stored values (src/settings/reader.ts), so some extension context must migrate them.
  void [profileItem, sitesItem, medecinTraitantItem];

  // First run only: the welcome page asks what changes most amounts. An update opens nothing.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });

  // MV3 (Chrome) has `action`; the Firefox MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts and pages can message us (no externally_connectable).
    if (isEstimateRequest(message)) return Promise.resolve(message.inputs.map(reply));
    const tabId = sender.tab?.id;
    if (tabId == null || !isCountMessage(message)) return;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    void action.setBadgeText({ tabId, text }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#1b5e20' }).catch(() => {});
  });
});
