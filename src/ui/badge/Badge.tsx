// The badge: a real <button> with the out-of-pocket summary, opening the breakdown panel
// (disclosure pattern: aria-expanded, Enter/Space open, Escape closes and returns focus,
// a click outside closes). Rendered inside the badge's own shadow root.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CoverageProfile, Estimate, Money, Sector } from '../../core/types';
import { formatEuros, formatMoney, formatPercent } from '../format';
import { summaryText, type BadgeShape, type BadgeView } from './model';
import { renderNote } from './notes';
import type { ShownSource } from '../../domain/sources';

export interface BadgeProps {
  view: BadgeView;
  /** The box's size class: page data only (see BadgeShape). */
  shape: BadgeShape;
  estimate: Estimate;
  profile: CoverageProfile;
  sector: Sector;
  isDefaultProfile: boolean;
  /** The fee as shown on the page, for the breakdown ("à partir de" keeps only the floor). */
  feeLabel?: string;
  feeShown: boolean;
  floor: boolean;
  /** Out-of-pocket if the GP on the page is not the user's médecin traitant (docs/reimbursement.md). */
  horsParcours?: Money;
  /** Out-of-pocket in the parcours, for a GP other than the médecin traitant the user marked. */
  inParcours?: Money;
  /** The sources the breakdown shows (at most three, official pages first). */
  sources: readonly ShownSource[];
  /** The sector label as the page shows it (the reader's `sectorEvidence`; page text). */
  sectorEvidence?: string;
  panelId: string;
}

const t = i18n.t as (key: string, subs?: Record<string, string | number>) => string;

/** The panel's height: fixed, whatever it holds (the page can see its area), scrolled inside. */
const PANEL_HEIGHT = 440;
const PANEL_WIDTH = 360;
const GAP = 6;
const MARGIN = 8;

/**
 * Where the panel goes: below the badge, or above it, or clamped into the viewport, from the
 * badge's position and the viewport only (never from what the panel holds).
 */
function placement(r: DOMRect): Record<string, string> {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.max(0, Math.min(PANEL_WIDTH, vw - 2 * MARGIN));
  const height = Math.max(0, Math.min(PANEL_HEIGHT, vh - 2 * MARGIN));
  const left = Math.max(MARGIN, Math.min(r.left, vw - width - MARGIN));
  let top: number;
  if (vh - r.bottom - GAP - MARGIN >= height) top = r.bottom + GAP;
  else if (r.top - GAP - MARGIN >= height) top = r.top - GAP - height;
  else top = Math.max(MARGIN, vh - height - MARGIN);
  return { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` };
}

export function Badge(props: BadgeProps) {
  const { view, panelId } = props;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const [pos, setPos] = useState<Record<string, string> | null>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Fixed positioning escapes the cards' overflow clipping; follows the badge while open.
  useLayoutEffect(() => {
    if (!open) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const r = button.current?.getBoundingClientRect();
      if (r) setPos(placement(r));
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(place); };
    place();
    const rootHost = (button.current?.getRootNode() as ShadowRoot | undefined)?.host;
    const onDown = (e: Event) => { if (!rootHost || !e.composedPath().includes(rootHost)) setOpen(false); };
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule, { passive: true });
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open]);

  const summary = summaryText(view);
  const levelWord = view.level === 'unknown' ? '' : t(`badge.level.${view.level}`);
  return (
    <>
      <span class={`frame shape-${props.shape}${view.sectorUnknown ? ' wide' : ''}`}>
        <button
          ref={button}
          type="button"
          class={`badge level-${view.level}`}
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
          {/* Always there, empty or not: the default-profile mark must not change the layout. */}
          <span class="star" aria-hidden="true">{props.isDefaultProfile ? '*' : ''}</span>
        </button>
      </span>
      {open && (
        <div
          id={panelId}
          class="panel"
          style={pos ?? { visibility: 'hidden' }}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); close(true); } }}
        >
          {/* One Tab stop whatever the content: keyboard users scroll the fixed-size panel. */}
          <div class="scroll" tabIndex={0} role="region" aria-label={t('badge.panel.title')}>
            <Breakdown {...props} summary={summary} />
          </div>
          <div class="footer">
            <button type="button" class="close" onClick={() => close(true)}>{t('badge.panel.close')}</button>
          </div>
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
  // At most three, official pages first, never a mirror: chosen by the background (src/domain/sources.ts).
  const { sources } = props;
  // The sector label the page showed, and why the amount is a range.
  const sectorRead = view.sectorLabel && props.sectorEvidence
    ? t('badge.panel.sectorRead', { label: props.sectorEvidence, meaning: t(`badge.sectorMeaning.${view.sectorLabel}`) })
    : '';
  if (view.kind === 'nonMedical' || view.kind === 'secteur3NoFee' || e.outOfPocket == null) {
    return <NoAmountBreakdown {...props} notes={notes} sectorRead={sectorRead} />;
  }
  const mutuelleLabel = mutuelleRowLabel(profile, e);
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
      {sectorRead && <p class="sector-read">{sectorRead}</p>}
      <dl>
        <Row label={t('badge.panel.fee')} value={fee} />
        <Row label={t('badge.panel.brss')} value={m(e.brss)} />
        <Row label={t('badge.panel.amo', { rate })} value={`− ${m(e.amoGross ?? e.amo)}`} />
        {e.participationForfaitaire && e.participationForfaitaire.max > 0 && (
          <Row sub label={t('badge.panel.pfDeducted')} value={`+ ${m(e.participationForfaitaire)}`} />
        )}
        {e.franchise && e.franchise.max > 0 && (
          <Row sub label={t('badge.panel.franchiseDeducted')} value={`+ ${m(e.franchise)}`} />
        )}
        <Row label={mutuelleLabel} value={`− ${m(e.mutuelle)}`} />
        <Row strong label={t('badge.panel.outOfPocket')} value={m(e.outOfPocket)} />
        {e.participationForfaitaire && e.participationForfaitaire.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichPf')} value={m(e.participationForfaitaire)} />
        )}
        {e.franchise && e.franchise.max > 0 && (
          <Row sub label={t('badge.panel.ofWhichFranchise')} value={m(e.franchise)} />
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
      {props.inParcours && (
        <p class="alt">{t('badge.panel.inParcours', { amount: m(props.inParcours) })}</p>
      )}
      {notes.length > 0 && (
        <>
          <p class="subtitle">{t('badge.panel.notes')}</p>
          <ul class="notes">{notes.map((n) => <li>{n}</li>)}</ul>
        </>
      )}
      <p class="tariff">{t('badge.panel.tariff', { version: e.tariff.version })}</p>
      <SourceLinks sources={sources} />
    </div>
  );
}

/** The panel when there is no amount to break down: why, and what the page and the rules said. */
function NoAmountBreakdown(props: BadgeProps & { summary: string; notes: string[]; sectorRead: string }) {
  const { estimate: e, view, notes, sectorRead } = props;
  const why = view.kind === 'nonMedical' ? t('badge.panel.nonMedical')
    : view.kind === 'secteur3NoFee' ? t('badge.panel.secteur3NoFee')
    : t('badge.panel.unknown');
  return (
    <div class="body">
      <p class="title">{props.summary}</p>
      <p>{why}</p>
      {sectorRead && <p class="sector-read">{sectorRead}</p>}
      {notes.length > 0 && <ul class="notes">{notes.map((n) => <li>{n}</li>)}</ul>}
      {view.kind === 'secteur3NoFee' && <p class="tariff">{t('badge.panel.tariff', { version: e.tariff.version })}</p>}
      <SourceLinks sources={props.sources} />
    </div>
  );
}

/**
 * The sources, as ONE Tab stop whatever their number (arrow keys move between the links): the
 * page can count the Tab presses that stay inside a badge, and the number of sources depends on
 * the rules applied, hence on the user's situation.
 */
function SourceLinks({ sources }: { sources: readonly ShownSource[] }) {
  const [active, setActive] = useState(0);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, sources.length - 1));
  if (sources.length === 0) {
    return (
      <p class="sources" tabIndex={0}>
        {t('badge.panel.sources')} —
      </p>
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const last = sources.length - 1;
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (current === last ? 0 : current + 1)
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (current === 0 ? last : current - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (next == null) return;
    e.preventDefault();
    setActive(next);
    links.current[next]?.focus();
  };
  return (
    <p class="sources" role="group" onKeyDown={onKeyDown}>
      {t('badge.panel.sources')}{' '}
      {sources.map((src, i) => (
        <>
          {i > 0 && ' · '}
          <a
            ref={(el) => { links.current[i] = el; }}
            href={src.url}
            target="_blank"
            rel="noopener noreferrer"
            tabIndex={i === current ? 0 : -1}
          >
            {src.label}
          </a>
        </>
      ))}
    </p>
  );
}

/** The line of the user's contract the core applied, with the level it used (Estimate.facts.mutuelleLine). */
function mutuelleRowLabel(profile: CoverageProfile, e: Estimate): string {
  const line = e.facts?.mutuelleLine;
  if (profile.css || line?.line === 'css') return t('badge.panel.mutuelleCss');
  if (profile.ame) return t('badge.panel.mutuelleAme');
  if (profile.mutuelle.kind === 'none') return t('badge.panel.mutuelleNone');
  if (line?.levelPct === undefined) return t('badge.panel.mutuelle'); // cases on different lines (sector unknown), or none used
  return t('badge.panel.mutuelleLevel', { level: formatPercent(line.levelPct) });
}
