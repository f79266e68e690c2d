// The médecin traitant the user marked, as a versioned WXT storage item written by the extension
// pages only (the popup marks, the options page clears, Reset removes it); the content scripts
// read it through reader.ts. See gp-identity.ts for the shape.
import { storage } from '#imports';
import { withSettingsLock } from './lock';
import { MEDECIN_TRAITANT_KEY, validateMarkedGp, type MarkedGp } from './gp-identity';

/** v1 is the first stored version; a shape change bumps it and adds `migrations[2]`. */
export const MEDECIN_TRAITANT_VERSION = 1;

export const medecinTraitantItem = storage.defineItem<MarkedGp | null>(`local:${MEDECIN_TRAITANT_KEY}`, {
  fallback: null,
  version: MEDECIN_TRAITANT_VERSION,
  migrations: {},
});

export async function readMarkedGp(): Promise<MarkedGp | null> {
  return validateMarkedGp(await medecinTraitantItem.getValue().catch(() => null));
}

export function watchMarkedGp(cb: (gp: MarkedGp | null) => void): () => void {
  return medecinTraitantItem.watch((v) => cb(validateMarkedGp(v)));
}

/** Marks this GP (replacing any other); refuses what is not a GP identity. */
export function setMarkedGp(gp: MarkedGp): Promise<MarkedGp | null> {
  return withSettingsLock(MEDECIN_TRAITANT_KEY, async () => {
    const clean = validateMarkedGp(gp);
    if (clean) await medecinTraitantItem.setValue(clean);
    return clean;
  });
}

/** No GP marked any more: every GP is assumed to be the médecin traitant again. */
export function clearMarkedGp(): Promise<void> {
  return withSettingsLock(MEDECIN_TRAITANT_KEY, () => medecinTraitantItem.removeValue({ removeMeta: true }));
}
