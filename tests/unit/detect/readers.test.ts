import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectListings, isBlockedPage, isSupportedUrl, siteGroupOf, READERS, actFromFeeLabel } from '../../../src/sites';
import { READER_FIXTURES } from './reader-fixtures';
import type { Listing } from '../../../src/detect/types';
import { doctolib } from '../../../src/sites/doctolib/reader';
import { maiia as maiiaReader } from '../../../src/sites/maiia/reader';
import { allFixtures, FIXTURES, load } from './fixtures';

type Fee = [label: string, min: number, max: number | null];
interface Expected {
  name: string;
  sector: Listing['sector'];
  specialty: string;
  key?: string;
  fees?: Fee[];
  evidence?: string;
  info?: string[];
}

const G = 'Gastro-entérologue et hépatologue';
const gastro = (name: string, sector: Listing['sector'], evidence = ''): Expected => ({ name, sector, specialty: 'specialiste', evidence });

/** doctolib/search-gastro-75012.html: the July 2025 list's mix. */
const GASTRO_75012: Expected[] = [
  gastro('Dr Mathis AUBRAC', '2', 'Conventionné secteur 2'),
  gastro('Dr Yanis FERRAND', 'unknown', 'Conventionné secteur 1 avec droit permanent à dépassement'),
  gastro('Centre de Santé Les Glycines', 'unknown'),
  gastro('Dr Inès Caradec', '1', 'Conventionné secteur 1'),
  gastro('Dr Hugo LEMARCHAND', '2', 'Conventionné secteur 2'),
  gastro('Dr Salomé Verdier', '2', 'Conventionné secteur 2'),
  gastro('Dr juliette morvan', '2', 'Conventionné secteur 2'),
  gastro('Dr Karima BENSAÏD OUALI', '2', 'Conventionné secteur 2'),
  gastro('Dr Olivier RAMEAU', '2', 'Conventionné secteur 2'),
  gastro('Dr Laure PERRIN', 'unknown'),
  gastro('Dr Muriel DORVAL', '2', 'Conventionné secteur 2'),
  gastro('Dr Bastien COLLOT', '2', 'Conventionné secteur 2'),
  gastro('Dr Rania HADDOU', '2', 'Conventionné secteur 2'),
  gastro('Centre de Santé Saint-Fiacre', '1', 'Établissement conventionné · Centre de santé'),
  gastro('Hôpital privé des Quatre-Vents', 'unknown', 'Établissement conventionné'),
  gastro('Dr Alia MERZOUK', 'unknown'),
  gastro('Dr Philippe Ancel', '2', 'Conventionné secteur 2'),
  gastro('Dr Laurent Fabre', '2', 'Conventionné secteur 2'),
  gastro('Dr Albert AZOULAI', '2', 'Conventionné secteur 2'),
  gastro('Danielle GORCE', 'unknown'),
];

/** A name as the fixtures' profile slugs write it. */
function slugOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:dr|pr) /, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const FICTIF_SUMMARY: Expected = {
  name: 'Dr Romain FICTIF', sector: '1', specialty: 'generaliste', evidence: 'Conventionné secteur 1', info: ['Carte Vitale acceptée'],
  key: 'doctolib:/medecin-generaliste/nantes/romain-fictif?pid=practice-30001',
  fees: [['Tarifs et remboursement', 3000, 6000]],
};

/** Per fixture: the listings expected, in page order. */
const EXPECTED: Record<string, Expected[]> = {
  'doctolib/search-gastro-75012.html': GASTRO_75012,
  // The same list after redesigns (cards found by what they are): the same 20 listings.
  'doctolib/search-redesign-role-heading.html': GASTRO_75012,
  'doctolib/search-redesign-no-card-markup.html': GASTRO_75012,
  'doctolib/search-redesign-h3-wrapped.html': GASTRO_75012,
  'doctolib/search-redesign-name-links.html': GASTRO_75012.map((e, i) => ({
    ...e,
    key: `doctolib:/gastro-enterologue/paris/${slugOf(e.name)}?pid=practice-${70001 + i}`,
  })),
  'doctolib/search-redesign-articles.html': [
    { name: 'Dr Jeanne ORTOLAN', sector: '2', specialty: 'dermatologue', key: 'doctolib:/dermatologue/paris/jeanne-ortolan?pid=practice-90001', evidence: 'Conventionné secteur 2' },
    { name: 'Dr Basile QUENTRIC', sector: '1', specialty: 'dermatologue', key: 'doctolib:/dermatologue/paris/basile-quentric?pid=practice-90002', evidence: 'Conventionné secteur 1' },
    { name: 'Dr Ysolde MARVINGT', sector: '2-optam', specialty: 'dermatologue', key: 'doctolib:/dermatologue/paris/ysolde-marvingt?pid=practice-90003', evidence: 'Conventionné secteur 2 avec OPTAM' },
  ],
  // The fee dialog: closed, the summary row only; open, its rows in a listing of their own (key …#honoraires),
  // the help dialog beside it unread.
  'doctolib/profile-fee-dialog-closed.html': [FICTIF_SUMMARY],
  'doctolib/profile-fee-dialog-open.html': [
    FICTIF_SUMMARY,
    {
      ...FICTIF_SUMMARY,
      key: 'doctolib:/medecin-generaliste/nantes/romain-fictif?pid=practice-30001#honoraires',
      fees: [['Consultation', 3000, 3000], ['Téléconsultation', 3000, 3000], ['Certificat médical de non contre-indication au sport', 2500, 2500]],
    },
  ],
  'doctolib/search-all-sectors.html': [
    { name: 'Dr Claire MONTEIL', sector: '1', specialty: 'generaliste', key: 'doctolib:/medecin-generaliste/lyon/claire-monteil?pid=practice-10001' },
    { name: 'Dr Paul VIGNAUD', sector: '2', specialty: 'pediatre' },
    { name: 'Dr Sarah ELKAÏM', sector: '2-optam', specialty: 'psychiatre' },
    { name: 'Dr Agathe ROUVIÈRE', sector: '2-optam', specialty: 'gynecologue' },
    { name: 'Dr Marc TESSIER', sector: '2-optam', specialty: 'specialiste' },
    { name: 'Dr Léa FONTAINE', sector: '2-optam', specialty: 'ophtalmologue' },
    { name: 'Dr Henri CASTEL', sector: 'unknown', specialty: 'cardiologue' },
    { name: 'Dr Nadia BELLAMY', sector: 'unknown', specialty: 'dermatologue' },
    { name: 'Dr Théo MARCHAL', sector: '1', specialty: 'dentiste', evidence: 'Conventionné' },
    { name: 'Dr Jean-Baptiste OLLIER', sector: '3', specialty: 'neurologue' },
    { name: 'Emma RIVIÈRE', sector: '1', specialty: 'psychologue-msp', evidence: "Conventionné avec l'Assurance Maladie" },
    { name: 'Centre de santé des Pentes', sector: '1', specialty: 'generaliste', key: 'doctolib:/centre-de-sante/lyon/centre-de-sante-des-pentes?pid=practice-10012' },
    { name: 'Clinique du Parc Fictif', sector: '3', specialty: 'stomatologue', evidence: 'Établissement non conventionné' },
    { name: 'Dr Chloé DELMAS', sector: 'unknown', specialty: 'gynecologue-obstetricien', evidence: 'Non spécifié' },
    { name: 'Lucas PONS', sector: 'unknown', specialty: 'osteopathe', evidence: '' },
    { name: 'Dr Yves KERGUELEN', sector: '2', specialty: 'psychiatre' },
    { name: 'Dr Irène SAULNIER', sector: '1', specialty: 'stomatologue' },
  ],
  'doctolib/search-help-open.html': [
    { name: 'Dr Maëlle GUÉRIN', sector: '2', specialty: 'generaliste', evidence: 'Conventionné secteur 2' },
    { name: 'Dr Nicolas AUBERT', sector: '1', specialty: 'generaliste' },
    { name: 'Dr Solène MARTY', sector: 'unknown', specialty: 'generaliste', evidence: '' },
  ],
  'doctolib/search-legacy-2021.html': [
    { name: 'Dr Odile FERRY', sector: '1', specialty: 'generaliste', key: 'doctolib:/medecin-generaliste/paris/odile-ferry?pid=practice-3001' },
    { name: 'Dr Victor LANG', sector: '2', specialty: 'generaliste', key: 'doctolib:/medecin-generaliste/paris/victor-lang' },
    { name: 'Dr Rose BARRET', sector: 'unknown', specialty: 'generaliste' },
  ],
  'doctolib/profile-single-fee.html': [
    {
      name: 'Dr Claire MONTEIL', sector: '1', specialty: 'generaliste',
      key: 'doctolib:/medecin-generaliste/lyon/claire-monteil?pid=practice-10001',
      fees: [['Consultation', 3000, 3000]], info: ['Carte Vitale acceptée', 'Tiers payant : Sécurité sociale et mutuelle'],
    },
  ],
  'doctolib/profile-several-acts.html': [
    {
      name: 'Dr Agathe ROUVIÈRE', sector: '2-optam', specialty: 'gynecologue',
      fees: [['Consultation', 6000, 6000], ['Pose de stérilet', 9000, 9000], ['Échographie pelvienne', 8000, 8000], ['Frottis', 4000, 4000], ['Première consultation', 7000, 7000]],
    },
  ],
  'doctolib/profile-ranges.html': [
    {
      name: 'Dr Nadia BELLAMY', sector: '2', specialty: 'dermatologue', info: ['Carte Vitale non acceptée'],
      fees: [['Consultation', 5000, 8000], ['Consultation vidéo', 4000, 6000], ['Exérèse de lésion cutanée', 9000, null], ['Séance de laser', 123450, 123450]],
    },
  ],
  'doctolib/profile-from-price.html': [
    { name: 'Dr Sarah ELKAÏM', sector: '2-optam', specialty: 'psychiatre', evidence: 'Conventionné secteur 2 avec OPTAM-CO', fees: [['Tarif de la consultation', 4500, null]] },
  ],
  'doctolib/profile-two-practices.html': [
    { name: 'Dr Henri CASTEL', sector: '2-optam', specialty: 'cardiologue', key: 'doctolib:/cardiologue/lyon/henri-castel?pid=practice-10007', fees: [['Consultation', 6000, 6000]] },
    {
      name: 'Dr Henri CASTEL', sector: '2-optam', specialty: 'cardiologue', key: 'doctolib:/cardiologue/lyon/henri-castel?pid=practice-10020',
      fees: [['Consultation', 5500, 5500], ['Consultation vidéo', 4500, 4500]],
    },
  ],
  'doctolib/profile-teleconsultation.html': [
    {
      name: 'Dr Paul VIGNAUD', sector: '1', specialty: 'pediatre',
      fees: [['Consultation au cabinet', 3000, 3000], ['Téléconsultation', 3000, 3000], ['Consultation du nourrisson (moins de 2 ans)', 4000, 4000]],
    },
  ],
  'doctolib/profile-osteopath.html': [
    {
      name: 'Lucas PONS', sector: 'unknown', specialty: 'osteopathe', evidence: '',
      key: 'doctolib:/osteopathe/lyon/lucas-pons?pid=practice-10015',
      fees: [["Consultation d'ostéopathie (Au cabinet)", 6000, 6000], ["Consultation d'ostéopathie (Au domicile)", 6500, 6500]],
      info: ["Consultation non remboursée par l'Assurance Maladie"],
    },
  ],
  'doctolib/profile-help-open.html': [
    { name: 'Dr Marc TESSIER', sector: '2-optam', specialty: 'specialiste', evidence: 'Conventionné secteur 1 avec OPTAM-CO', fees: [['Consultation', 7000, 7000]], info: ['Carte Vitale acceptée'] },
  ],
  'doctolib/profile-optam.html': [
    {
      name: 'Dr Claire MARTIN', sector: '2-optam', specialty: 'dermatologue',
      key: 'doctolib:/dermatologue/paris/claire-martin-paris?pid=practice-48213',
      fees: [['Consultation', 6000, 6000], ['Téléconsultation', 5000, 5000], ["Exérèse d'un grain de beauté", 9000, 15000]],
      info: ['Carte Vitale acceptée', 'Tiers payant : Sécurité sociale'],
    },
  ],
  // Its cards are rendered by the page's script (not run by DOMParser): see the SPA test below.
  'doctolib/search-spa.html': [],
  'doctolib/antibot-retry-later.html': [],
  'doctolib/antibot-403.html': [],
  'ameli/search-secteur1.html': [
    { name: 'ESTÈVE MARION', sector: '1', specialty: 'generaliste', key: 'ameli:fiche-B8Z2nkx1QaP0', evidence: 'Honoraires sans dépassement Conventionné secteur 1', info: ['Ce professionnel de santé accepte la carte Vitale'] },
    { name: 'GARNIER LOUIS', sector: '1', specialty: 'generaliste' },
    { name: 'DA SILVA ANA', sector: '1', specialty: 'generaliste' },
    { name: 'ROCHE PIERRE ALAIN', sector: '1', specialty: 'generaliste' },
  ],
  'ameli/search-secteur2.html': [
    { name: 'BERTIN JULES', sector: '2', specialty: 'pediatre', evidence: 'Honoraires libres Conventionné secteur 2' },
    { name: 'CARON ELISE', sector: '2', specialty: 'ophtalmologue' },
    { name: 'NGUYEN THI LAN', sector: '2', specialty: 'gynecologue' },
  ],
  'ameli/search-optam.html': [
    { name: 'FAURE MATHILDE', sector: '2-optam', specialty: 'cardiologue', key: 'ameli:fiche-D4X9rst1XhW7' },
    { name: 'LEBRUN ANTOINE', sector: '2-optam', specialty: 'cardiologue' },
    { name: 'MOREL JACQUES', sector: 'unknown', specialty: 'cardiologue' },
    { name: 'VIDAL SOPHIE', sector: '3', specialty: 'cardiologue' },
  ],
  'ameli/fiche-detaillee.html': [
    { name: 'DR FLORENT MARQUET', sector: '2-optam', specialty: 'dermatologue', key: 'ameli:fiche-E5W0uvw1BlA1', fees: [], info: ['Carte Vitale : Oui'] },
  ],
  'maiia/search-generaliste.html': [
    { name: 'Dr Anne LEROY', sector: '1', specialty: 'generaliste', key: 'maiia:/medecin-generaliste/44000-NANTES/anne-leroy?centerid=5f2a1b', fees: [['Consultation', 3000, 3000]] },
    { name: 'Dr Karim SAÏDI', sector: '2', specialty: 'generaliste', fees: [['Consultation', 3500, 5000], ['Téléconsultation', 3000, 3000]] },
    { name: 'Claire DUVAL', sector: 'unknown', specialty: 'dentiste', fees: [] },
  ],
  'maiia/profile-next-data.html': [
    {
      name: 'Dr Paul GIRARD', sector: '1', specialty: 'generaliste', evidence: 'conventionSectors: SECTOR1',
      key: 'maiia:/medecin-generaliste/44000-NANTES/paul-girard?centerid=5f2b9c', fees: [['Consultation', 3000, 3000], ['Téléconsultation', 2500, null]],
    },
  ],
  'keldoc/search-keldoc.html': [
    { name: 'Dr Marc PETIT', sector: '2', specialty: 'cardiologue', key: 'keldoc:/cardiologue/lyon-69003/marc-petit?cabinet=16001&specialty=12', fees: [['Consultation', 5000, 5000]] },
    { name: 'Dr Samir HADJ', sector: '2-optam', specialty: 'cardiologue', fees: [['Tarifs', 5000, 7000]] },
  ],
  // Issue 18, the self-check: a redesign the reader no longer reads, and a search that found nobody.
  'doctolib/search-broken-markup.html': [],
  'doctolib/search-no-results.html': [],
  'keldoc/profile-keldoc.html': [
    { name: 'Dr Marc PETIT', sector: '2-optam', specialty: 'cardiologue', fees: [['Consultation', 6000, 6000], ['Échographie cardiaque', 9500, 9500]] },
  ],
  // Other professions (issue 16): slug first, label second; "Conventionné" is secteur "1" for them.
  'doctolib/profile-dentist.html': [
    {
      name: 'Dr Théo MARCHAL', sector: '1', specialty: 'dentiste', evidence: 'Conventionné',
      key: 'doctolib:/dentiste/lyon/theo-marchal?pid=practice-10009',
      fees: [['Consultation', 2300, 2300], ['Détartrage', 2892, 2892]],
    },
  ],
  'doctolib/profile-psychologist-msp.html': [
    {
      name: 'Emma RIVIÈRE', sector: '1', specialty: 'psychologue-msp', evidence: "Conventionné avec l'Assurance Maladie",
      fees: [['Séance Mon soutien psy', 5000, 5000], ['Séance de psychothérapie', 6500, 6500]],
    },
  ],
  'doctolib/profile-kine.html': [
    {
      name: 'Inès GARNIER', sector: '1', specialty: 'masseur-kinesitherapeute', evidence: 'Conventionné',
      fees: [['Séance de kinésithérapie', 1790, 1790], ['Bilan kinésithérapique', 2365, 2365]],
    },
  ],
  'doctolib/search-professions.html': [
    { name: 'Dr Claire MONTEIL', sector: '1', specialty: 'generaliste' },
    { name: 'Dr Théo MARCHAL', sector: '1', specialty: 'dentiste', evidence: 'Conventionné' },
    { name: 'Dr Paul VIGNAUD', sector: '2', specialty: 'pediatre' },
    { name: 'Emma RIVIÈRE', sector: '1', specialty: 'psychologue-msp' },
    { name: 'Inès GARNIER', sector: '1', specialty: 'masseur-kinesitherapeute', key: 'doctolib:/masseur-kinesitherapeute/lyon/ines-garnier?pid=practice-10031' },
    { name: 'Lucas PONS', sector: 'unknown', specialty: 'osteopathe', evidence: '' },
  ],
};

function checkInvariants(listings: Listing[]): void {
  const containers = new Set<Element>();
  for (const l of listings) {
    expect(l.container).toBeDefined();
    const c = l.container as Element;
    expect(c.contains(l.anchor)).toBe(true);
    for (const f of l.fees) {
      expect(Number.isInteger(f.min)).toBe(true);
      if (f.max !== null) expect(Number.isInteger(f.max)).toBe(true);
      if (f.anchor !== undefined) expect(c.contains(f.anchor)).toBe(true);
    }
    expect(containers.has(c)).toBe(false);
    containers.add(c);
    expect(['1', '2', '2-optam', '3', 'unknown']).toContain(l.sector);
    expect(l.key).not.toBe('');
  }
  // No card listed twice (keys are unique within one page read).
  expect(new Set(listings.map((l) => l.key)).size).toBe(listings.length);
  // No listing's container holds another's.
  for (const a of listings) for (const b of listings) if (a !== b) expect(a.container?.contains(b.container as Element)).toBe(false);
}

describe('fixtures: listings found vs expected', () => {
  it('every fixture on disk has an expectation, and every reader names existing fixtures', () => {
    expect(allFixtures()).toEqual(Object.keys(EXPECTED).sort());
    for (const r of READERS) for (const f of READER_FIXTURES[r.site] ?? []) expect(existsSync(resolve(FIXTURES, f))).toBe(true);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const { doc, url } = load(file);
      const listings = detectListings(doc, url);
      expect(listings.map((l) => l.name)).toEqual(expected.map((e) => e.name));
      listings.forEach((l, i) => {
        const e = expected[i] as Expected;
        expect([l.name, l.sector, l.specialty]).toEqual([e.name, e.sector, e.specialty]);
        if (e.key !== undefined) expect(l.key).toBe(e.key);
        if (e.evidence !== undefined) expect(l.sectorEvidence).toBe(e.evidence);
        if (e.fees !== undefined) expect(l.fees.map((f) => [f.label, f.min, f.max])).toEqual(e.fees);
        else expect(l.fees).toEqual([]);
        if (e.info !== undefined) expect(l.info).toEqual(e.info);
        expect(l.site).toBe(file.split('/')[0]);
      });
      checkInvariants(listings);
      // Reading again gives the same keys (stable identity).
      expect(detectListings(doc, url).map((l) => l.key)).toEqual(listings.map((l) => l.key));
    });
  }
});

describe('Doctolib search page', () => {
  // The July 2025 capture (docs/sites.md §1.3): 12 secteur 2 + 1 + 1 + 2 + 4 without a sector line = 20 cards.
  it('reads the real mix: S2 ×12, S1 ×1, DP ×1, établissements ×2, no sector ×4', () => {
    const { doc, url } = load('doctolib/search-gastro-75012.html');
    const listings = detectListings(doc, url);
    const count = (pred: (l: Listing) => boolean): number => listings.filter(pred).length;
    expect(listings).toHaveLength(20);
    expect(count((l) => l.sectorEvidence === 'Conventionné secteur 2')).toBe(12);
    expect(count((l) => l.sectorEvidence === 'Conventionné secteur 1')).toBe(1);
    expect(count((l) => l.sectorEvidence.includes('droit permanent'))).toBe(1);
    expect(count((l) => l.sectorEvidence.startsWith('Établissement conventionné'))).toBe(2);
    expect(count((l) => l.sectorEvidence === '')).toBe(4);
    // Anchor: the sector row when there is one, else the name heading.
    for (const l of listings) {
      if (l.sectorEvidence === '') expect(l.anchor.localName).toBe('h2');
      else expect(l.anchor.querySelector('svg[data-icon-name$="euro-sign"]')).not.toBeNull();
    }
    // Three doctors at one address: three keys.
    const sameAddress = listings.filter((l) => l.key.includes('9 rue du vieux marche'));
    expect(sameAddress).toHaveLength(3);
    expect(listings.every((l) => l.fees.length === 0)).toBe(true);
  });

  it('the same read from the results list, a card, or a node inside a card', () => {
    const { doc, url } = load('doctolib/search-all-sectors.html');
    const all = detectListings(doc, url);
    const results = doc.querySelector('[data-test-id="hcp-results"]') as Element;
    expect(detectListings(results, url).map((l) => l.key)).toEqual(all.map((l) => l.key));
    const cards = Array.from(doc.querySelectorAll('[data-design-system-component="Card"]'));
    cards.forEach((card, i) => {
      const fromCard = detectListings(card, url);
      expect(fromCard.map((l) => l.key)).toEqual([all[i]?.key]);
      // A re-rendered inner part (the sector paragraph, the name link, a slot): the enclosing card.
      for (const inner of [card.querySelector('h2 a'), card.querySelector('p'), card.querySelector('[data-test-id="availabilities-container"]')]) {
        if (inner === null) continue;
        const r = detectListings(inner, url);
        expect(r.map((l) => l.key)).toEqual([all[i]?.key]);
        expect(r[0]?.container).toBe(card);
      }
    });
    // A node outside every card: nothing.
    expect(detectListings(doc.querySelector('[data-test-id="search-toolbar"]') as Element, url)).toEqual([]);
  });

  it('a re-used card node (new content and href) gets a new key', () => {
    const { doc, url } = load('doctolib/search-all-sectors.html');
    const card = doc.querySelector('[data-design-system-component="Card"]') as Element;
    const before = detectListings(card, url)[0] as Listing;
    const a = card.querySelector('h2 a') as Element;
    a.textContent = 'Dr Nouveau PRATICIEN';
    a.setAttribute('href', '/cardiologue/lyon/nouveau-praticien?pid=practice-99999');
    const euroRow = card.querySelector('svg[data-icon-name$="euro-sign"]')?.closest('.gap-8') as Element;
    (euroRow.querySelector('p') as Element).textContent = 'Conventionné secteur 2 avec OPTAM';
    (card.querySelector('h2')?.closest('.flex-col')?.querySelector(':scope > .flex > p') as Element).textContent = 'Cardiologue';
    const after = detectListings(card, url)[0] as Listing;
    expect(before.key).toBe('doctolib:/medecin-generaliste/lyon/claire-monteil?pid=practice-10001');
    expect(after.key).toBe('doctolib:/cardiologue/lyon/nouveau-praticien?pid=practice-99999');
    expect([after.name, after.sector, after.specialty]).toEqual(['Dr Nouveau PRATICIEN', '2-optam', 'cardiologue']);
    // Only the href changed (Doctolib sets href after the first render): the key follows it.
    a.setAttribute('href', '/cardiologue/lyon/nouveau-praticien?pid=practice-88888');
    expect(detectListings(card, url)[0]?.key).toBe('doctolib:/cardiologue/lyon/nouveau-praticien?pid=practice-88888');
  });

  it('a re-used card without a link: the key comes from the current name/specialty/address', () => {
    const { doc, url } = load('doctolib/search-gastro-75012.html');
    const card = doc.querySelectorAll('[data-design-system-component="Card"]')[4] as Element;
    const before = detectListings(card, url)[0]?.key;
    (card.querySelector('h2 button') as Element).textContent = 'Dr Autre NOM';
    const after = detectListings(card, url)[0]?.key;
    expect(before).toContain('dr hugo lemarchand');
    expect(after).toContain('dr autre nom');
    expect(after).not.toBe(before);
    // The card gets a link on hydration: the key becomes the profile URL.
    const h2 = card.querySelector('h2') as Element;
    const link = doc.createElement('a');
    link.setAttribute('href', '/gastro-enterologue/paris/autre-nom?pid=practice-5');
    link.textContent = 'Dr Autre NOM';
    h2.replaceChildren(link);
    expect(detectListings(card, url)[0]?.key).toBe('doctolib:/gastro-enterologue/paris/autre-nom?pid=practice-5');
  });

  it('SPA: cards rendered the way search-spa.html renders them, appended and re-used', () => {
    const { doc, url } = load('doctolib/search-spa.html');
    const list = doc.getElementById('list') as Element;
    const make = (id: number, name: string, sector: string | null): Element => {
      const card = doc.createElement('div');
      card.className = 'dl-card dl-card-bg-white dl-card-variant-default';
      card.setAttribute('data-design-system-component', 'Card');
      const col = doc.createElement('div');
      col.className = 'p-16';
      const h2 = doc.createElement('h2');
      const a = doc.createElement('a');
      a.className = 'card-link';
      a.setAttribute('href', `/dermatologue/paris/p-${id}?pid=practice-${id}`);
      a.textContent = name;
      h2.append(a);
      const spec = doc.createElement('p');
      spec.textContent = 'Dermatologue et vénérologue';
      col.append(h2, spec);
      if (sector !== null) {
        const row = doc.createElement('div');
        row.className = 'gap-8 flex';
        const icon = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
        icon.setAttribute('data-icon-name', 'regular/euro-sign');
        const wrap = doc.createElement('div');
        const p = doc.createElement('p');
        p.textContent = sector;
        wrap.append(p);
        row.append(icon, wrap);
        col.append(row);
      }
      card.append(col);
      return card;
    };
    expect(detectListings(doc, url)).toEqual([]);
    const c1 = make(9101, 'Dr Alice DURAND', 'Conventionné secteur 2 avec OPTAM');
    const c2 = make(9105, 'Dr Emma GIRARD', null);
    list.append(c1, c2);
    expect(detectListings(c1, url).map((l) => [l.key, l.sector])).toEqual([['doctolib:/dermatologue/paris/p-9101?pid=practice-9101', '2-optam']]);
    expect(detectListings(c2, url).map((l) => [l.sector, l.anchor.localName])).toEqual([['unknown', 'h2']]);
    expect(detectListings(doc, url)).toHaveLength(2);
  });
});

describe('help texts, dialogs, footers are never read', () => {
  const amounts = (ls: Listing[]): number[] => ls.flatMap((l) => l.fees.map((f) => f.min));
  it('search page with a tooltip, popover, aria-hidden duplicate, dialogs and footer', () => {
    const { doc, url } = load('doctolib/search-help-open.html');
    const ls = detectListings(doc, url);
    expect(ls.map((l) => l.sector)).toEqual(['2', '1', 'unknown']);
    expect(ls.some((l) => l.name === 'Dr Exemple FICTIF')).toBe(false);
    expect(amounts(ls)).toEqual([]);
    // Called on the dialog itself (as a MutationObserver would when it opens): nothing.
    expect(detectListings(doc.querySelector('[role="dialog"]') as Element, url)).toEqual([]);
    expect(detectListings(doc.querySelector('dialog') as Element, url)).toEqual([]);
    // A tooltip appearing inside a card is not a change of the card.
    expect(detectListings(doc.querySelector('[role="tooltip"]') as Element, url)).toEqual([]);
  });

  it('profile page with the sector help open: no "secteur 1", no 25 €', () => {
    const { doc, url } = load('doctolib/profile-help-open.html');
    const ls = detectListings(doc, url);
    expect(ls).toHaveLength(1);
    expect(ls[0]?.sector).toBe('2-optam');
    expect(amounts(ls)).toEqual([7000]);
    expect(ls[0]?.info).toEqual(['Carte Vitale acceptée']);
    expect(detectListings(doc.querySelector('[role="dialog"]') as Element, url)).toEqual([]);
  });

  it('ameli: the jQuery UI help modal and the alt explanations are not read', () => {
    const { doc, url } = load('ameli/search-optam.html');
    const ls = detectListings(doc, url);
    expect(ls).toHaveLength(4);
    for (const l of ls) expect(l.sectorEvidence).not.toMatch(/aide|tarif d'autorité|25/);
    expect(detectListings(doc.querySelector('.ui-dialog') as Element, url)).toEqual([]);
  });

  it('generic reader: filters, legends and two-label cards are skipped, not guessed', () => {
    const maiia = load('maiia/search-generaliste.html');
    const ls = detectListings(maiia.doc, maiia.url);
    expect(ls.map((l) => l.name)).toEqual(['Dr Anne LEROY', 'Dr Karim SAÏDI', 'Claire DUVAL']);
    const keldoc = load('keldoc/search-keldoc.html');
    const kl = detectListings(keldoc.doc, keldoc.url);
    expect(kl.some((l) => l.name === 'Dr Julie ROCHE')).toBe(false);
    expect(kl.some((l) => /comprendre/i.test(l.name ?? ''))).toBe(false);
  });
});

describe('profile pages', () => {
  it('two practices: a subtree call returns only the practice it touches', () => {
    const { doc, url } = load('doctolib/profile-two-practices.html');
    const rows = Array.from(doc.querySelectorAll('.dl-profile-fee'));
    const last = rows[rows.length - 1] as Element;
    expect(detectListings(last, url).map((l) => l.key)).toEqual(['doctolib:/cardiologue/lyon/henri-castel?pid=practice-10020']);
    expect(detectListings(rows[0] as Element, url).map((l) => l.key)).toEqual(['doctolib:/cardiologue/lyon/henri-castel?pid=practice-10007']);
    expect(detectListings(doc.body, url)).toHaveLength(2);
  });

  it('a "Lieu N" link whose href is not a URL loses only its practice id, not the page', () => {
    const { doc, url } = load('doctolib/profile-two-practices.html');
    doc.querySelectorAll('a.dl-pill')[1]?.setAttribute('href', 'http://[bad?pid=practice-1');
    // The reader itself (detectListings would swallow an exception).
    expect(doctolib.read(doc, url).map((l) => l.key)).toEqual([
      'doctolib:/cardiologue/lyon/henri-castel?pid=practice-10007',
      'doctolib:/cardiologue/lyon/henri-castel?pid=lieu-2',
    ]);
  });

  it('fee rows: anchor = the row; the act comes from the label', () => {
    const { doc, url } = load('doctolib/profile-ranges.html');
    const l = detectListings(doc, url)[0] as Listing;
    expect(l.fees.map((f) => f.anchor?.classList.contains('dl-profile-fee'))).toEqual([true, true, true, true]);
    expect(l.fees.map((f) => actFromFeeLabel(f.label))).toEqual(['consultation', 'teleconsultation', null, null]);
    const t = detectListings(load('doctolib/profile-teleconsultation.html').doc, new URL('https://www.doctolib.fr/pediatre/lyon/paul-vignaud?pid=practice-10002'))[0] as Listing;
    expect(t.fees.map((f) => f.anchor?.localName)).toEqual(['li', 'li', 'li']);
    expect(t.fees.map((f) => actFromFeeLabel(f.label))).toEqual(['consultation', 'teleconsultation', 'consultation']);
  });

  it('a profile URL without pid keys by the path', () => {
    const { doc } = load('doctolib/profile-single-fee.html');
    const ls = detectListings(doc, new URL('https://www.doctolib.fr/medecin-generaliste/lyon/claire-monteil'));
    expect(ls.map((l) => l.key)).toEqual(['doctolib:/medecin-generaliste/lyon/claire-monteil']);
  });

  it('the profile block before its content arrives gives nothing (no premature listing)', () => {
    const { doc, url } = load('doctolib/profile-single-fee.html');
    for (const el of Array.from(doc.querySelectorAll('.dl-profile-card-section'))) el.remove();
    expect(detectListings(doc, url)).toEqual([]);
  });
});

describe('Maiia __NEXT_DATA__ is used only when it is safe', () => {
  const variant = (mutate: (data: Record<string, unknown>) => void | string): Listing[] => {
    const { doc, url } = load('maiia/profile-next-data.html');
    const script = doc.getElementById('__NEXT_DATA__') as Element;
    const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
    const replaced = mutate(data);
    script.textContent = typeof replaced === 'string' ? replaced : JSON.stringify(data);
    return detectListings(doc, url);
  };
  it('broken JSON → nothing', () => {
    expect(variant(() => '{"props": {')).toEqual([]);
  });
  it('two practitioners in the JSON (a list) → nothing', () => {
    expect(variant((d) => {
      (d['props'] as Record<string, unknown>)['other'] = { firstName: 'Autre', lastName: 'PERSONNE', publicInformation: { conventionSectors: ['SECTOR1'] } };
    })).toEqual([]);
  });
  it('the JSON practitioner is not the page\'s h1 → nothing', () => {
    const { doc, url } = load('maiia/profile-next-data.html');
    (doc.querySelector('h1') as Element).textContent = 'Dr Quelquun DAUTRE';
    expect(detectListings(doc, url)).toEqual([]);
  });
  it('an unknown conventionSectors value → unknown; a subtree call does not read the JSON', () => {
    const ls = variant((d) => {
      const text = JSON.stringify(d).replace('"SECTOR1"', '"SECTOR2_SOMETHING"');
      return text;
    });
    expect(ls.map((l) => l.sector)).toEqual(['unknown']);
    const { doc, url } = load('maiia/profile-next-data.html');
    expect(detectListings(doc.querySelector('section') as Element, url)).toEqual([]);
  });
});

describe('ameli subtrees', () => {
  it('a node inside an item → that item; the fiche page from any of its nodes', () => {
    const { doc, url } = load('ameli/search-secteur2.html');
    const items = Array.from(doc.querySelectorAll('div.item-professionnel'));
    expect(detectListings(items[1]?.querySelector('.convention a') as Element, url).map((l) => l.name)).toEqual(['CARON ELISE']);
    const fiche = load('ameli/fiche-detaillee.html');
    expect(detectListings(fiche.doc.querySelector('.honoraires p') as Element, fiche.url).map((l) => l.key)).toEqual(['ameli:fiche-E5W0uvw1BlA1']);
  });
});

describe('markup drift and neighbours', () => {
  it('generic reader: a class that says "nom" names the practitioner; "autonomie", "economie" do not', () => {
    const html = `<main><div class="card">
      <div class="autonomie-badge">Perte d'autonomie</div><div class="economie">Économies</div>
      <div class="nom-praticien">Dr Jeanne TEST</div>
      <div>Médecin généraliste</div><div>Conventionné secteur 1</div>
    </div></main>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(maiiaReader.read(doc, new URL('https://www.maiia.com/medecin-generaliste/x')).map((l) => l.name)).toEqual(['Dr Jeanne TEST']);
  });

  it('a "Tarifs et remboursement" title that is not a heading element', () => {
    const { doc, url } = load('doctolib/profile-single-fee.html');
    const before = detectListings(doc, url)[0] as Listing;
    for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
      const div = doc.createElement('div');
      div.className = 'x1Yz';
      div.append(...Array.from(h.childNodes));
      h.replaceWith(div);
    }
    const after = detectListings(doc, url);
    expect(after.map((l) => [l.key, l.sector, l.fees.map((f) => f.min)])).toEqual([[before.key, '1', [3000]]]);
  });

  it('sector lines of suggested practitioners elsewhere on a profile are not taken', () => {
    const { doc, url } = load('doctolib/profile-osteopath.html');
    const aside = doc.createElement('section');
    aside.innerHTML = '<h2>Autres soignants à proximité</h2><div><h3>Dr Voisin PROCHE</h3><p>Médecin généraliste</p><p>Conventionné secteur 1</p></div>';
    doc.querySelector('main')?.append(aside);
    const ls = detectListings(doc, url);
    expect(ls.map((l) => [l.name, l.sector, l.sectorEvidence])).toEqual([['Lucas PONS', 'unknown', '']]);
  });

  it('a breadcrumb itemprop=name before the h1 is not the name', () => {
    const { doc, url } = load('doctolib/profile-single-fee.html');
    const crumbs = doc.createElement('nav');
    crumbs.innerHTML = '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a itemprop="item" href="/"><span itemprop="name">Accueil</span></a></li></ol>';
    doc.body.prepend(crumbs);
    expect(detectListings(doc, url)[0]?.name).toBe('Dr Claire MONTEIL');
  });

  it('an element that opens a tooltip (class "tooltip-trigger") is still read', () => {
    const { doc, url } = load('doctolib/search-all-sectors.html');
    const card = doc.querySelector('[data-design-system-component="Card"]') as Element;
    const p = card.querySelector('svg[data-icon-name$="euro-sign"]')?.closest('.gap-8')?.querySelector('p') as Element;
    p.className = 'tooltip-trigger dl-modal-button';
    expect(detectListings(card, url)[0]?.sector).toBe('1');
  });
});

describe('dispatch', () => {
  const html = readFileSync(resolve(FIXTURES, 'doctolib/search-all-sectors.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  it.each([
    ['https://www.doctolib.fr/search?location=69003-lyon', 17],
    ['https://www.doctolib.de/search?location=69003-lyon', 0],
    ['https://www.doctolib.it/search?location=69003-lyon', 0],
    ['https://pro.doctolib.fr/search', 0],
    ['https://partners.doctolib.fr/search', 0],
    ['https://example.org/search', 0],
    ['https://www.doctolib.fr.evil.example/search', 0],
  ])('%s → %i listings', (u, n) => {
    expect(detectListings(doc, new URL(u))).toHaveLength(n);
  });

  it('isSupportedUrl / siteGroupOf', () => {
    const supported = [
      'https://www.doctolib.fr/', 'https://annuairesante.ameli.fr/x', 'https://annuaire.sante.ameli.fr/x',
      'https://www.maiia.com/x', 'https://www.keldoc.com/x', 'https://booking.keldoc.com/x',
    ];
    for (const u of supported) expect([u, isSupportedUrl(u), isSupportedUrl(new URL(u))]).toEqual([u, true, true]);
    for (const u of ['https://doctolib.fr/', 'https://maiia.com/', 'https://keldoc.com/', 'https://www.doctolib.de/', 'https://pro.doctolib.fr/', 'https://partners.doctolib.fr/', 'https://www.ameli.fr/', 'ftp://www.doctolib.fr/', 'not a url', 'https://example.org/']) {
      expect([u, isSupportedUrl(u)]).toEqual([u, false]);
    }
    expect(siteGroupOf('www.doctolib.fr')).toBe('doctolib.fr');
    expect(siteGroupOf('WWW.DOCTOLIB.FR')).toBe('doctolib.fr');
    expect(siteGroupOf('annuairesante.ameli.fr')).toBe('ameli.fr');
    expect(siteGroupOf('annuaire.sante.ameli.fr')).toBe('ameli.fr');
    expect(siteGroupOf('www.maiia.com')).toBe('maiia.com');
    expect(siteGroupOf('www.keldoc.com')).toBe('keldoc.com');
    expect(siteGroupOf('booking.keldoc.com')).toBe('keldoc.com');
    // Bare hosts have no host permission (src/hosts.ts): the extension never runs there.
    for (const h of ['doctolib.fr', 'maiia.com', 'keldoc.com', 'www.doctolib.de', 'www.doctolib.it', 'pro.doctolib.fr', 'partners.doctolib.fr', 'vaccination-covid.keldoc.com', 'example.org', '']) {
      expect(siteGroupOf(h)).toBeNull();
    }
  });

  it('anti-bot and error pages give nothing', () => {
    for (const f of ['doctolib/antibot-retry-later.html', 'doctolib/antibot-403.html']) {
      const { doc, url } = load(f);
      expect(isBlockedPage(doc)).toBe(true);
      expect(detectListings(doc, url)).toEqual([]);
    }
    expect(isBlockedPage(load('doctolib/search-gastro-75012.html').doc)).toBe(false);
  });

  it('never throws on odd arguments', () => {
    const u = new URL('https://www.doctolib.fr/search');
    expect(detectListings(null as unknown as ParentNode, u)).toEqual([]);
    expect(detectListings(doc, null as unknown as URL)).toEqual([]);
    expect(detectListings(doc.createTextNode('x') as unknown as ParentNode, u)).toEqual([]);
    expect(detectListings(doc.createDocumentFragment(), u)).toEqual([]);
    const detached = doc.querySelector('[data-design-system-component="Card"]')?.cloneNode(true) as Element;
    expect(detectListings(detached, new URL('https://www.doctolib.fr/search')).map((l) => l.name)).toEqual(['Dr Claire MONTEIL']);
  });
});

describe('purity', () => {
  it('src/detect and src/sites use no browser API, no network, no innerHTML/outerHTML, no eval', () => {
    const root = resolve(__dirname, '../../../src');
    const files = readdirSync(resolve(root, 'detect'), { recursive: true, encoding: 'utf8' }).map((f) => `detect/${f}`);
    files.push(...readdirSync(resolve(root, 'sites'), { recursive: true, encoding: 'utf8' }).map((f) => `sites/${f}`));
    expect(files.filter((f) => f.startsWith('sites/doctolib/')).length).toBeGreaterThan(3);
    for (const f of files.filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(resolve(root, f), 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      expect([f, src.match(/innerHTML|outerHTML|insertAdjacentHTML|\beval\(|new Function|\bfetch\(|XMLHttpRequest|\bchrome\.|\bbrowser\.|localStorage|sessionStorage|getComputedStyle|\bwindow\./g)]).toEqual([f, null]);
    }
  });
});
