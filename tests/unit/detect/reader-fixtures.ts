// The fixtures each reader was checked against (tests/fixtures/…), for the readers' tests.
export const READER_FIXTURES: Readonly<Record<string, readonly string[]>> = {
  doctolib: [
    'doctolib/search-gastro-75012.html',
    'doctolib/search-all-sectors.html',
    'doctolib/search-legacy-2021.html',
    'doctolib/search-help-open.html',
    'doctolib/profile-single-fee.html',
    'doctolib/profile-several-acts.html',
    'doctolib/profile-ranges.html',
    'doctolib/profile-from-price.html',
    'doctolib/profile-two-practices.html',
    'doctolib/profile-teleconsultation.html',
    'doctolib/profile-osteopath.html',
    'doctolib/profile-help-open.html',
    'doctolib/antibot-retry-later.html',
    'doctolib/antibot-403.html',
  ],
  ameli: ['ameli/search-secteur1.html', 'ameli/search-secteur2.html', 'ameli/search-optam.html', 'ameli/fiche-detaillee.html'],
  maiia: ['maiia/search-generaliste.html', 'maiia/profile-next-data.html'],
  keldoc: ['keldoc/search-keldoc.html', 'keldoc/profile-keldoc.html'],
};
