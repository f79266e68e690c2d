// Fee label → what is billed (docs/sites.md §7 18, 21). The readers keep the site's label in
// FeeRow.label; the content script calls this to choose the core's `act`, or no estimate.
import { isNotReimbursedSpecialty } from '../core/professions-list';
import type { Act } from '../core/types';
import { fold } from './text';

/** Acts that are not a plain consultation: their price says nothing about the consultation tariff. */
const OTHER_ACT =
  /echograph|frottis|sterilet|\bdiu\b|implant|infiltration|vaccin|injection|biopsie|endoscop|coloscop|gastroscop|fibroscop|electro|\becg\b|holter|doppler|\bmapa\b|epreuve d effort|spirometr|\befr\b|audiogramme|fond d oeil|\boct\b|champ visuel|laser|epilation|botox|toxine|peeling|ablation|\bpose\b|retrait|detartrage|\bsoins?\b|prothese|couronne|radiograph|\bradio\b|\birm\b|scanner|mammograph|certificat|\bbilan\b|\bexamen\b|\btest\b|\bactes?\b|chirurg|intervention|anesthes|\bseance\b|\bseances\b|\bforfait\b|\bapc\b|avis ponctuel|expertise|complexe|\bvisite\b|domicile|\bgarde\b|\bnuit\b|dimanche|ferie|urgence|\bivg\b|\+/;

const SESSION_PROFESSIONS = /^(?:psychologue-msp|masseur-kinesitherapeute|pedicure-podologue|orthophoniste)$/;

const TELE = /\bvideo\b|\bvisio|teleconsult|\btele consult|\ba distance\b|\ben ligne\b/;
const CONSULTATION = /\bconsult|\brendez vous\b|\brdv\b|\bpremiere visite\b|\bsuivi\b|\btarif de la consultation\b/;

/**
 * 'teleconsultation' when the label says vidéo / téléconsultation, 'consultation' for a plain
 * consultation ("Consultation", "Première consultation", "Consultation de suivi"), null for any
 * other act ("Pose de stérilet", "Échographie", "Visite à domicile", "Consultation + ECG"), which
 * gets no estimate. `specialty` (the listing's key): for the professions the Assurance Maladie never
 * reimburses every fee counts; for kinés and psychologists a "séance" is the standard act. Never throws.
 */
export function actFromFeeLabel(label: string, specialty?: string): Act | null {
  if (typeof label !== 'string') return null;
  let f = fold(label).replace(/[()[\],.;:!?"«»]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (f === '' || f.length > 200) return null;
  if (specialty !== undefined) {
    // The Assurance Maladie never pays these: any fee is what the patient pays.
    if (isNotReimbursedSpecialty(specialty)) return TELE.test(f) ? 'teleconsultation' : 'consultation';
    // A kiné's or psychologist's standard act is a "séance" (the core's consultation).
    if (SESSION_PROFESSIONS.test(specialty)) f = f.replace(/\bseances?\b/g, 'consultation');
  }
  if (OTHER_ACT.test(f)) return null;
  if (TELE.test(f)) return 'teleconsultation';
  if (CONSULTATION.test(f)) return 'consultation';
  return null;
}
