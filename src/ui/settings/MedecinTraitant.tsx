// Which GP is the user's médecin traitant, chosen in the extension's own pages only: a
// page listening to clicks on its badges would learn it. The popup lists the GPs annotated in the
// current tab (asked from its content script) with "C'est mon médecin traitant"; the options page
// shows the marked GP and can clear it. Content scripts only read the stored choice.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { gpListOf, LIST_GPS_MESSAGE, type GpListing } from '../../messages';
import { clearMarkedGp, readMarkedGp, setMarkedGp, watchMarkedGp, type MarkedGp } from '../../settings';
import { Section } from './Layout';

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** The stored choice, kept in sync (the other page, a reset); undefined until read. */
export function useMarkedGp(): MarkedGp | null | undefined {
  const [gp, setGp] = useState<MarkedGp | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const unwatch = watchMarkedGp((v) => alive && setGp(v));
    void readMarkedGp().then((v) => alive && setGp(v), () => alive && setGp(null));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return gp;
}

/** The tab's GPs, or null when its content script does not answer (not there yet, or none). */
async function askGps(tabId: number): Promise<GpListing[] | null> {
  try {
    return gpListOf(await browser.tabs.sendMessage(tabId, { type: LIST_GPS_MESSAGE }));
  } catch {
    return null;
  }
}

/** Asks again while the page may still be annotating (the count changes), and once a moment later. */
function useTabGps(tabId: number | null, onCount?: (tabId: number, cb: () => void) => () => void): GpListing[] {
  const [gps, setGps] = useState<GpListing[]>([]);
  useEffect(() => {
    if (tabId == null) return;
    let alive = true;
    const refresh = () => void askGps(tabId).then((list) => alive && list && setGps(list));
    const stop = onCount?.(tabId, refresh);
    refresh();
    const later = setTimeout(refresh, 700);
    return () => {
      alive = false;
      clearTimeout(later);
      stop?.();
    };
  }, [tabId]);
  return gps;
}

export interface MedecinTraitantPickerProps {
  /** The tab the popup is about (null: none, or not a supported site). */
  tabId: number | null;
  /** Calls back on every count change of that tab's content script (popup/tab.ts onCount). */
  onCount?: (tabId: number, cb: () => void) => () => void;
}

/** Popup: the tab's GPs, each with "C'est mon médecin traitant" (pressed for the marked one). */
export function MedecinTraitantPicker({ tabId, onCount }: MedecinTraitantPickerProps): JSX.Element | null {
  const gps = useTabGps(tabId, onCount);
  const marked = useMarkedGp();
  if (gps.length === 0 || marked === undefined) return null;
  return (
    <section class="card mt-card" aria-labelledby="mt-title">
      <h2 id="mt-title" class="section-title">{t('medecinTraitant.popup.heading')}</h2>
      <p class="hint">{t('medecinTraitant.popup.intro')}</p>
      {marked && !gps.some((gp) => gp.id === marked.id) && (
        <p class="mt-elsewhere">{t('medecinTraitant.options.current', { name: marked.name || marked.id })}</p>
      )}
      <ul class="mt-list">
        {gps.map((gp, i) => {
          const mine = marked?.id === gp.id;
          return (
            <li class="mt-gp" key={gp.id} data-mine={mine ? 'true' : 'false'}>
              <span id={`mt-gp-${i}`} class="mt-name">{gp.name || t('medecinTraitant.popup.unnamed')}</span>
              <button
                type="button"
                class={`button mt-mark${mine ? ' mt-mine' : ''}`}
                aria-pressed={mine}
                aria-describedby={`mt-gp-${i}`}
                onClick={() => void (mine ? clearMarkedGp() : setMarkedGp(gp)).catch(() => {})}
              >
                {mine && <span aria-hidden="true">✓ </span>}
                {t('medecinTraitant.popup.mark')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Options page: the marked GP and a way to clear it, or how to mark one. */
export function MedecinTraitantSection(): JSX.Element {
  const marked = useMarkedGp();
  const [cleared, setCleared] = useState(false);
  return (
    <Section id="mt-title" title={t('medecinTraitant.options.heading')}>
      {marked ? (
        <div class="mt-current">
          <p id="mt-current">{t('medecinTraitant.options.current', { name: marked.name || marked.id })}</p>
          <button
            type="button"
            class="button"
            id="mt-clear"
            aria-describedby="mt-current"
            onClick={() => void clearMarkedGp().then(() => setCleared(true), () => {})}
          >
            {t('medecinTraitant.options.clear')}
          </button>
        </div>
      ) : (
        marked === null && <p class="hint" id="mt-none">{t('medecinTraitant.options.none')}</p>
      )}
      <p class="hint">{t('medecinTraitant.options.privacy')}</p>
      <p class="save-status" role="status">{cleared && !marked ? t('medecinTraitant.options.cleared') : ''}</p>
    </Section>
  );
}
