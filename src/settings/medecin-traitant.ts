// The médecin traitant each person of the household marked, as a versioned WXT storage item
// written by the extension pages only (the popup marks for the active person, the options page
// clears, Reset removes it); the content scripts read it through reader.ts. See gp-identity.ts.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { withSettingsLock } from './lock';
import { MEDECIN_TRAITANT_KEY, markedFromV1, validateMarkedGp, validateMarkedMap, type MarkedGp } from './gp-identity';
import { readHousehold } from './profile';
import { STORAGE_KEYS } from './schema';

/** v1: one { id, name }; v2: one per person, keyed by the person's id. */
export const MEDECIN_TRAITANT_VERSION = 2;

export const medecinTraitantItem = storage.defineItem<Record<string, MarkedGp> | null>(`local:${MEDECIN_TRAITANT_KEY}`, {
  fallback: null,
  version: MEDECIN_TRAITANT_VERSION,
  migrations: { 2: markedFromV1 },
});

async function readMap(): Promise<Record<string, MarkedGp>> {
  return validateMarkedMap(await medecinTraitantItem.getValue().catch(() => null));
}

const activeId = async () => (await readHousehold()).household.activeId;

/** The active person's marked GP. */
export async function readMarkedGp(): Promise<MarkedGp | null> {
  const [map, id] = await Promise.all([readMap(), activeId()]);
  return map[id] ?? null;
}

/** Calls back with the active person's marked GP when it changes, or when another person becomes active. */
export function watchMarkedGp(cb: (gp: MarkedGp | null) => void): () => void {
  let latest = 0;
  const area = browser.storage.local;
  const listener = (changes: Record<string, unknown>) => {
    if (!(MEDECIN_TRAITANT_KEY in changes) && !(STORAGE_KEYS.profile in changes)) return;
    const ticket = ++latest;
    void readMarkedGp().then((gp) => ticket === latest && cb(gp), () => {});
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}

async function writeMap(map: Record<string, MarkedGp>): Promise<void> {
  if (Object.keys(map).length === 0) await medecinTraitantItem.removeValue({ removeMeta: true });
  else await medecinTraitantItem.setValue(map);
}

/** Marks this GP for the active person (replacing theirs); refuses what is not a GP identity. */
export function setMarkedGp(gp: MarkedGp): Promise<MarkedGp | null> {
  return withSettingsLock(MEDECIN_TRAITANT_KEY, async () => {
    const clean = validateMarkedGp(gp);
    if (clean) await writeMap({ ...(await readMap()), [await activeId()]: clean });
    return clean;
  });
}

/** The active person has no GP marked any more (or `person`, when given): every GP is assumed to be theirs again. */
export function clearMarkedGp(person?: string): Promise<void> {
  return withSettingsLock(MEDECIN_TRAITANT_KEY, async () => {
    const map = await readMap();
    delete map[person ?? (await activeId())];
    await writeMap(map);
  });
}

/** Nobody has a GP marked (reset). */
export function clearAllMarkedGps(): Promise<void> {
  return withSettingsLock(MEDECIN_TRAITANT_KEY, () => medecinTraitantItem.removeValue({ removeMeta: true }));
}
