// The GP the user marked as their médecin traitant: its shape, validation and identity,
// with no storage code, so that the content scripts (which only read) bundle only this.
//
// Storage (storage.local): `medecinTraitant` = { id, name } or absent; `medecinTraitant$` its
// metadata (WXT's convention: `v`, the schema version). Kept apart from `profile`, which stays
// exactly a CoverageProfile. Only what the badges and the options page need: the identity the
// listings are matched by, and the name shown in the options page.
import { isPlainObject } from '../core/limits';

export const MEDECIN_TRAITANT_KEY = 'medecinTraitant';

export interface MarkedGp {
  /** The practitioner's profile path without the practice id: "doctolib:/medecin-generaliste/paris/jean-dupont". */
  id: string;
  /** The display name the page gave (shown in the options page). */
  name: string;
}

const MAX_ID = 300;
const MAX_NAME = 120;
// A GP's profile path on Doctolib, Maiia or Keldoc (`<site>:/medecin-generaliste/<city>/<slug>`:
// the first segment is the specialty; a centre de santé's is not, and a centre is nobody's
// médecin traitant), or an ameli fiche id. The readers' text keys (`doctolib:card:…`,
// `ameli:item:…`) name no profile and are not identities.
const ID = /^(?:[a-z]+:\/[^/?#\s]*generaliste[^/?#\s]*\/[^?#\s]+|ameli:fiche-[\w-]+)$/;

/**
 * The médecin traitant identity of a listing: its key without the practice id (`?pid=…`,
 * `?centerid=…`), so that a GP with two practices is one médecin traitant; null when the key
 * names no GP's profile (the badge then keeps the old assumption).
 */
export function gpIdentity(listingKey: string): string | null {
  const q = listingKey.indexOf('?');
  const id = q < 0 ? listingKey : listingKey.slice(0, q);
  return id.length <= MAX_ID && ID.test(id) ? id : null;
}

/** The stored value, or null when absent or not one (corrupt data marks no GP). */
export function validateMarkedGp(raw: unknown): MarkedGp | null {
  if (!isPlainObject(raw) || typeof raw.id !== 'string' || gpIdentity(raw.id) !== raw.id) return null;
  const name = typeof raw.name === 'string' ? raw.name.trim().slice(0, MAX_NAME) : '';
  return { id: raw.id, name };
}
