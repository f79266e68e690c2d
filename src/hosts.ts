// The booking sites the extension runs on: host permissions and content-script matches, exactly
// (docs/architecture.md, "Decisions"). Never <all_urls>; doctolib.de / doctolib.it share Doctolib's
// markup but not French reimbursement rules, and pro./partners. hosts are not patient pages.
export const SITE_MATCHES = {
  doctolib: ['https://www.doctolib.fr/*'],
  ameli: ['https://annuairesante.ameli.fr/*', 'https://annuaire.sante.ameli.fr/*'],
  maiia: ['https://www.maiia.com/*'],
  keldoc: ['https://www.keldoc.com/*', 'https://booking.keldoc.com/*'],
} as const;

export const HOST_PERMISSIONS: string[] = Object.values(SITE_MATCHES).flat();
