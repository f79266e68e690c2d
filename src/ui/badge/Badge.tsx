// The badge: a real <button> with the out-of-pocket summary, opening the breakdown panel
// (disclosure pattern: aria-expanded, Enter/Space open, Escape closes and returns focus,
// a click outside closes). Rendered inside the badge's own shadow root.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CoverageProfile, Estimate, Money, Sector } from '../../core/types';
import { formatEuros, formatMoney, formatPercent } from '../format';
import type { BadgeView } from './model';
import { renderNote } from './notes';
import { breakdownSources } from '../sources';

export interface BadgeProps {
  view: BadgeView;
  estimate: Estimate;
  profile: CoverageProfile;
  sector: Sector;
  isDefaultProfile: boolean;
  /** The fee as shown on the page, for the breakdown ("à partir de" keeps only the floor). */
  feeLabel?: string;
  feeShown: boolean;
  floor: boolean;
  /** Out-of-pocket if the GP on the page is not the user's médecin traitant (DESIGN "Parcours"). */
  horsParcours?: Money;
  /** The host element, to tell clicks inside from clicks outside. */
  host: HTMLElement;
  panelId: string;
}

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

export function summaryText(view: BadgeView): string {
  const joiner = t('badge.rangeJoiner');
  const amount = view.amount ? formatMoney(view.amount, joiner) : '';
  let text: string;
  switch (view.kind) {
    case 'nonMedical':
      return t('badge.nonMedical');
    case 'unknown':
      return view.sectorUnknown ? t('badge.sectorUnknown') : t('badge.unknown');
    case 'fromCovered':
      text = t('badge.fromCovered', { amount, covered: formatEuros(view.coveredUpTo!.min) });
      break;
    default:
      text = t(`badge.${view.kind}`, { amount });
  }
  return view.sectorUnknown ? `${t('badge.sectorUnknown')} · ${text}` : text;
}

export function Badge(props: BadgeProps) {
  const { view, host, panelId } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Record<string, string> | null>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Fixed positioning escapes the cards' overflow clipping; below the badge, or above it when
  // there is more room there; follows the badge while open.
  useLayoutEffect(() => {
    if (!open) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const r = button.current?.getBoundingClientRect();
      if (!r) return;
      const width = Math.min(360, window.innerWidth - 16);
      const left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
      const below = window.innerHeight - r.bottom - 14;
      const above = r.top - 14;
      setPos(
        below >= 420 || below >= above
          ? { left, top: `${r.bottom + 6}px`, maxHeight: `${Math.max(160, below)}px` }
          : { left, bottom: `${window.innerHeight - r.top + 6}px`, maxHeight: `${above}px` },
      );
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(place); };
    place();
    const onDown = (e: Event) => { if (!e.composedPath().includes(host)) setOpen(false); };
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule, { passive: true });
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open, host]);

  const summary = summaryText(view);
  const levelWord = view.level === 'unknown' ? '' : t(`badge.level.${view.level}`);
  return (
    <>
      <button
        ref={button}
        type="button"
        class={`badge level-${view.level}${props.isDefaultProfile ? ' default-profile' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        title={t('badge.openDetails')}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) { e.preventDefault(); close(true); }
        }}
      >
        <span class="mark" aria-hidden="true">€</span>
        <span class="text">{summary}</span>
        {levelWord && <span class="sr-only">{` (${levelWord})`}</span>}
        {props.isDefaultProfile && <span class="star" aria-hidden="true">*</span>}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          class="panel"
          role="region"
          aria-label={t('badge.panel.title')}
          style={pos ?? { visibility: 'hidden' }}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); close(true); } }}
        >
          <Breakdown {...props} summary={summary} />
          <button type="button" class="close" onClick={() => close(true)}>{t('badge.panel.close')}</button>
        </div>
      )}
    </>
  );
}

function Row({ label, value, strong, sub }: { label: string; value: string; strong?: boolean; sub?: boolean }) {
  return (
    <div class={`row${strong ? ' strong' : ''}${sub ? ' sub' : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Breakdown(props: BadgeProps & { summary: string }) {
  const { estimate: e, view, profile } = props;
  const joiner = t('badge.rangeJoiner');
  const m = (x: Money | undefined) => (x ? formatMoney(x, joiner) : '—');
  const notes = e.notes.map(renderNote).filter((s) => s !== '');
  // At most three, official pages first, never a mirror (src/ui/sources.ts).
  const sources = breakdownSources(e.tariff.sources);
  if (view.kind === 'nonMedical' || e.outOfPocket == null) {
    return (
      <div class="body">
        <p class="title">{props.summary}</p>
        <p>{view.kind === 'nonMedical' ? t('badge.panel.nonMedical') : t('badge.panel.unknown')}</p>
        {notes.length > 0 && <ul class="notes">{notes.map((n) => <li>{n}</li>)}</ul>}
      </div>
    );
  }
  const mutuelleLabel = mutuelleRowLabel(profile, props.sector);
  const fee = !props.feeShown
    ? t('badge.panel.feeNotShown', { amount: m(e.fee) })
    : props.floor
      ? t('badge.panel.feeFloor', { amount: m(e.fee) })
      : m(e.fee);
  const rate = !e.amoRate
    ? ''
    : e.amoRate.min === e.amoRate.max
      ? formatPercent(e.amoRate.min)
      : `${e.amoRate.min} ${joiner} ${formatPercent(e.amoRate.max)}`;
  return (
    <div class="body">
      <p class="title">{t('badge.panel.title')}</p>
      <p class="indicative">{t('badge.panel.indicative')}</p>
      {props.isDefaultProfile && <p class="default-notice">{t('badge.panel.defaultProfile')}</p>}
      <dl>
        <Row label={t('badge.panel.fee')} value={fee} />
        <Row label={t('badge.panel.brss')} value={m(e.brss)} />
        <Row label={t('badge.panel.amo', { rate })} value={`− ${m(e.amoGross ?? e.amo)}`} />
        {e.participationForfaitaire && e.participationForfaitaire.max > 0 && (
          <Row sub label={t('badge.panel.pfDeducted')} value={`+ ${m(e.participationForfaitaire)}`} />
        )}
        <Row label={mutuelleLabel} value={`− ${m(e.mutuelle)}`} />
        <Row strong label={t('badge.panel.outOfPocket')} value={m(e.outOfPocket)} />
        {e.participationForfaitaire && e.participationForfaitaire.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichPf')} value={m(e.participationForfaitaire)} />
        )}
        {e.majoration && e.majoration.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichMajoration')} value={m(e.majoration)} />
        )}
        {e.uncoveredTicketModerateur && e.uncoveredTicketModerateur.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichTm')} value={m(e.uncoveredTicketModerateur)} />
        )}
        {e.uncoveredExcess && e.uncoveredExcess.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichExcess')} value={m(e.uncoveredExcess)} />
        )}
      </dl>
      {props.horsParcours && (
        <p class="alt">{t('badge.panel.horsParcours', { amount: m(props.horsParcours) })}</p>
      )}
      {notes.length > 0 && (
        <>
          <p class="subtitle">{t('badge.panel.notes')}</p>
          <ul class="notes">{notes.map((n) => <li>{n}</li>)}</ul>
        </>
      )}
      <p class="tariff">{t('badge.panel.tariff', { version: e.tariff.version })}</p>
      {sources.length > 0 && (
        <p class="sources">
          {t('badge.panel.sources')}{' '}
          {sources.map((src, i) => (
            <>
              {i > 0 && ' · '}
              <a href={src.url} target="_blank" rel="noopener noreferrer">{src.label}</a>
            </>
          ))}
        </p>
      )}
    </div>
  );
}

/** Which level of the user's contract applies: DPTAM (OPTAM) doctors or the others. */
function mutuelleRowLabel(profile: CoverageProfile, sector: Sector): string {
  if (profile.css) return t('badge.panel.mutuelleCss');
  if (profile.ame) return t('badge.panel.mutuelleAme');
  const mu = profile.mutuelle;
  if (mu.kind === 'none') return t('badge.panel.mutuelleNone');
  if (sector === 'unknown') return t('badge.panel.mutuelle');
  const pct = sector === '2-optam' ? mu.dptamPct : mu.nonDptamPct;
  return t('badge.panel.mutuelleLevel', { level: formatPercent(pct) });
}
