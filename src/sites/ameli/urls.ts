// The annuaire santé ameli's URL shapes (docs/sites.md §2.2): result lists and fiches détaillées.
import { isSiteHost } from '../../hosts';

export function matches(url: URL): boolean {
  return isSiteHost('ameli', url.hostname);
}

/** The id in a fiche détaillée's path (`…/fiche-detaillee-<id>.html`), or null. */
export function ficheId(pathname: string): string | null {
  return /fiche-detaillee-([A-Za-z0-9_-]+?)(?:\.html?)?$/.exec(pathname)?.[1] ?? null;
}

/** `ameli:fiche-<id>` for a link to a fiche détaillée, else null. */
export function ficheKey(href: string, base: URL): string | null {
  try {
    const id = ficheId(new URL(href, base).pathname);
    return id !== null ? `ameli:fiche-${id}` : null;
  } catch {
    return null;
  }
}

export function isFichePath(url: URL): boolean {
  return /fiche-detaillee/.test(url.pathname);
}

export function isListPath(url: URL): boolean {
  return /recherche|liste-resultats/.test(url.pathname);
}
