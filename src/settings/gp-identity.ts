// The GP the user marked as their médecin traitant: its shape, validation and identity,
// with no storage code, so that the content scripts (which only read) bundle only this.
//
// Storage (storage.local): `medecinTraitant` = { [personId]: { id, name } } (v2: each person of
// the household marks their own; v1 held one { id, name }, the first person's) or absent;
// `medecinTraitant$` its metadata (WXT's convention: `v`, the schema version). Kept apart from
// `profile`. Only what the badges and the options page need: the identity the listings are
// matched by, and the name shown in the options page.
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

const PERSON_KEY = /^p[1-9]\d{0,2}$/;
/** The v1 value was the first person's (the household's v1 migration names them "p1"). */
const V1_PERSON = 'p1';

/** A v1 value ({ id, name }) as v2 ({ p1: { id, name } }); anything else passes through. */
export function markedFromV1(raw: unknown): unknown {
  return isPlainObject(raw) && typeof raw.id === 'string' ? { [V1_PERSON]: raw } : raw;
}

/** Each person's marked GP, from a stored value of any version; what is not valid is dropped. */
export function validateMarkedMap(raw: unknown): Record<string, MarkedGp> {
  const value = markedFromV1(raw);
  const out: Record<string, MarkedGp> = {};
  if (!isPlainObject(value)) return out;
  for (const [person, gp] of Object.entries(value).slice(0, 50)) {
    const v = PERSON_KEY.test(person) ? validateMarkedGp(gp) : null;
    if (v) out[person] = v;
  }
  return out;
}
