// The booking sites the extension runs on: host permissions and content-script matches, exactly
// (DESIGN "Permissions, exactly"). Never <all_urls>; doctolib.de / doctolib.it share Doctolib's
// markup but not French reimbursement rules, and pro./partners. hosts are not patient pages.
export const HOST_PERMISSIONS = [
  'https://www.doctolib.fr/*',
  'https://annuairesante.ameli.fr/*',
  'https://annuaire.sante.ameli.fr/*',
  'https://www.maiia.com/*',
  'https://www.keldoc.com/*',
  'https://booking.keldoc.com/*',
];
