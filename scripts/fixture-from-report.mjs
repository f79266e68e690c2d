#!/usr/bin/env node
// npm run fixture:from-report — turns a self-check report (what the popup's "Copier" copies,
// src/ui/self-check/report.ts) back into a test fixture skeleton: the page structure the report
// describes, with placeholder texts of each kind ("Dr Prénom NOM1", "Conventionné secteur 2",
// "60 €"), invented link values, and the rac-fixture-url meta the unit tests read. A site's
// breakage becomes a failing test before it becomes a fix: add the file to
// tests/unit/detect/readers.test.ts with the listings the page should give.
//
//   npm run fixture:from-report -- report.txt                      # fixture on stdout
//   npm run fixture:from-report -- report.txt --out tests/fixtures/doctolib/changed.html
//   pbpaste | npm run fixture:from-report -- --out …              # the report on stdin
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPORT_HEADER = 'Reste à charge — page report (self-check v1)';

const HOSTS = {
  doctolib: 'www.doctolib.fr',
  ameli: 'annuairesante.ameli.fr',
  maiia: 'www.maiia.com',
  keldoc: 'www.keldoc.com',
};

/** A sector label per parse-sector rule (Doctolib's wording, docs/sites.md §1.2). */
const SECTOR_LABELS = {
  'secteur-1': 'Conventionné secteur 1',
  'secteur-2': 'Conventionné secteur 2',
  optam: 'Conventionné secteur 2 avec OPTAM',
  'secteur-3': 'Secteur 3 (non-conventionné)',
  'droit-permanent': 'Conventionné secteur 1 avec droit permanent à dépassement',
  'organization-contracted': 'Établissement conventionné',
  contracted: 'Conventionné',
  unspecified: 'Non spécifié',
  conflict: 'Conventionné secteur 1',
};

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The report's parts: `meta` (the "key: value" lines), `rules` ({ id, count }), `skeleton` (its
 * lines, the report's two-space margin removed). Throws on a text that is not a report.
 */
export function parseReport(text) {
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim() === REPORT_HEADER);
  if (start < 0) throw new Error(`not a self-check report: no "${REPORT_HEADER}" line`);
  const meta = {};
  const rules = [];
  const skeleton = [];
  let section = '';
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    const top = /^([a-z][a-z ]*):(?: (.*))?$/.exec(line);
    if (top && !line.startsWith(' ')) {
      const [, key, value = ''] = top;
      if (key === 'signals' || key === 'rules' || key === 'skeleton') section = key;
      else {
        section = '';
        meta[key] = value.trim();
      }
      continue;
    }
    if (section === 'rules') {
      const m = /^ {2}([+-]) (.*): (\d+)$/.exec(line);
      if (m) rules.push({ id: m[2], count: Number(m[3]) });
    } else if (section === 'skeleton' && line.startsWith('  ')) {
      skeleton.push(line.slice(2));
    }
  }
  if (!meta.site) throw new Error('not a self-check report: no "site:" line');
  return { meta, rules, skeleton };
}

/** One skeleton line: an element (`tag.class[attr="v"]`, maybe collapsed with " …"), a text kind, or an elision. */
export function parseLine(line) {
  const depth = (/^( *)/.exec(line)?.[1].length ?? 0) / 2;
  const body = line.trim();
  if (body === '…' || /^… \d+ more$/.test(body)) return { depth, type: 'elided', text: body };
  const kind = /^‹(.*)›$/.exec(body);
  if (kind) return { depth, type: 'text', kind: kind[1] };
  const tag = /^([a-z][a-z0-9-]*)/.exec(body);
  if (!tag) return { depth, type: 'elided', text: body };
  let rest = body.slice(tag[1].length);
  const collapsed = rest.endsWith(' …');
  if (collapsed) rest = rest.slice(0, -2);
  const classes = [];
  const attrs = [];
  while (rest !== '') {
    const cls = /^\.(-?[A-Za-z_][\w-]*)/.exec(rest);
    if (cls) {
      classes.push(cls[1]);
      rest = rest.slice(cls[0].length);
      continue;
    }
    const attr = /^\[([a-z][a-z0-9_.:-]*)(?:="([^"]*)")?\]/.exec(rest);
    if (attr) {
      attrs.push({ name: attr[1], value: attr[2] });
      rest = rest.slice(attr[0].length);
      continue;
    }
    break;
  }
  return { depth, type: 'element', tag: tag[1], classes, attrs, collapsed };
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/** Invented values for a route shape's placeholders (`/:specialty/:city/:slug?pid`). */
function fillRoute(site, shape, counter) {
  const n = counter.next();
  const [path, query = ''] = shape.split('?');
  const seg = {
    ':specialty': 'medecin-generaliste',
    ':city': 'ville-exemple',
    ':city-zip': site === 'keldoc' ? 'ville-exemple-75000' : '75000-ville-exemple',
    ':slug': `praticien-exemple-${n}`,
    ':n': String(n),
    ':segment': 'exemple',
    ':invalid': 'exemple',
  };
  const filled = path.replace(/fiche-detaillee-:id\.html/g, `fiche-detaillee-EXEMPLE${n}.html`).replace(/:[a-z-]+/g, (p) => seg[p] ?? 'exemple');
  if (query === '') return filled;
  const values = { pid: `practice-${n}`, page: '1', location: '75000-ville-exemple', speciality: 'medecin-generaliste' };
  return `${filled}?${query.split('&').map((k) => `${k}=${values[k] ?? 'exemple'}`).join('&')}`;
}

/** Placeholder text for a kind. */
function placeholder(kind, counter) {
  const [head, arg = ''] = kind.split(/: (.*)/s);
  switch (head) {
    case 'name':
      return `Dr Prénom NOM${counter.next()}`;
    case 'sector label':
      return SECTOR_LABELS[arg] ?? 'Conventionné';
    case 'amount':
      return '60 €';
    case 'title':
      return arg === '' ? 'Titre' : arg[0].toUpperCase() + arg.slice(1);
    case 'address':
      return "1 rue de l'Exemple, 75000 Ville-Exemple";
    case 'distance':
      return '1,2 km';
    case 'specialty':
      return 'Médecin généraliste';
    case 'number':
      return '1';
    default:
      return 'Texte';
  }
}

function attrsHtml(node, site, counter) {
  const parts = [];
  if (node.classes.length > 0) parts.push(`class="${escapeAttr(node.classes.join(' '))}"`);
  for (const { name, value } of node.attrs) {
    let v = value;
    if (name === 'href') {
      const other = value === undefined ? null : /^\/\/([^/?]*)(.*)$/.exec(value);
      if (value === undefined) v = '#';
      else if (other) v = `https://${other[1]}${fillRoute(site, other[2] || '/', counter)}`;
      else v = value.startsWith('/') ? fillRoute(site, value, counter) : '#';
    }
    else if (v === undefined) v = name === 'id' ? `id-${counter.next()}` : ['aria-label', 'alt', 'title'].includes(name) ? 'Texte' : '';
    else if (name === 'style') v = 'display: none';
    parts.push(v === '' && name === 'hidden' ? name : `${name}="${escapeAttr(v)}"`);
  }
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** The fixture HTML for a report (see the file's header). */
export function reportToFixture(text) {
  const { meta, skeleton } = parseReport(text);
  const site = meta.site;
  const host = HOSTS[site];
  if (!host) throw new Error(`unknown site "${site}"`);
  let n = 0;
  const counter = { next: () => ++n };
  const route = meta.route && meta.route.startsWith('/') ? meta.route : '/';
  const url = `https://${host}${fillRoute(site, route, counter)}`;
  const lang = /^[a-z]{2,3}$/.test(meta.lang ?? '') ? meta.lang : 'fr';

  const nodes = skeleton.map(parseLine);
  // The skeleton starts at <body> (or below an elided part); everything goes inside one body.
  let bodyAttrs = '';
  let offset = 0;
  if (nodes[0]?.type === 'element' && nodes[0].tag === 'body') {
    bodyAttrs = attrsHtml(nodes[0], site, counter);
    nodes.shift();
    offset = 1;
  } else if (nodes[0]?.type === 'elided') {
    nodes.shift();
    offset = 1;
  }
  const out = [];
  const open = [];
  const closeTo = (depth) => {
    while (open.length > 0 && open[open.length - 1].depth >= depth) {
      const top = open.pop();
      out.push(`${'  '.repeat(top.depth - offset + 1)}</${top.tag}>`);
    }
  };
  for (const node of nodes) {
    closeTo(node.depth);
    const pad = '  '.repeat(Math.max(0, node.depth - offset + 1));
    if (node.type === 'text') out.push(`${pad}${escapeText(placeholder(node.kind, counter))}`);
    else if (node.type === 'elided') out.push(`${pad}<!-- ${node.text.replace(/--/g, '—')} (not in the report) -->`);
    else {
      const tag = `<${node.tag}${attrsHtml(node, site, counter)}>`;
      if (VOID.has(node.tag)) out.push(`${pad}${tag}`);
      else if (node.collapsed) out.push(`${pad}${tag}<!-- collapsed in the report --></${node.tag}>`);
      else {
        out.push(`${pad}${tag}`);
        open.push({ tag: node.tag, depth: node.depth });
      }
    }
  }
  closeTo(-1);

  const about = [
    `site ${site}, page ${meta.page ?? '?'}, route ${route}`,
    `extension ${meta.extension ?? '?'}, verdict ${meta.verdict ?? '?'}`,
    `read: ${meta.read ?? '?'}; expected at least: ${meta['expected at least'] ?? '?'}`,
  ];
  return [
    '<!doctype html>',
    '<!--',
    '  SKELETON fixture generated by `npm run fixture:from-report` from a self-check report',
    `  (${about.join('; ')}).`,
    '  Texts are placeholders for their kinds and link values are invented: nothing of the page the',
    '  report came from. Fill in what the test needs, then add the file to',
    '  tests/unit/detect/readers.test.ts with the listings the page should give.',
    `  Served at: ${url}`,
    '-->',
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><meta name="rac-fixture-url" content="${escapeAttr(url)}"><title>Fixture from a self-check report</title></head>`,
    `<body${bodyAttrs}>`,
    ...out,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function main(argv) {
  const args = argv.slice(2);
  const outAt = args.indexOf('--out');
  const outPath = outAt >= 0 ? args[outAt + 1] : null;
  if (outAt >= 0) args.splice(outAt, 2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: npm run fixture:from-report -- [report.txt] [--out fixture.html]  (report on stdin when no file)\n');
    return 0;
  }
  const text = readFileSync(args[0] ?? 0, 'utf8');
  let html;
  try {
    html = reportToFixture(text);
  } catch (e) {
    process.stderr.write(`fixture:from-report: ${e.message}\n`);
    return 1;
  }
  if (outPath) {
    writeFileSync(outPath, html);
    process.stderr.write(`wrote ${outPath}\n`);
  } else process.stdout.write(html);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv));
