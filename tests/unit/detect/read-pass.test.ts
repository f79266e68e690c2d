// The read pass (src/detect/text.ts) remembers skip decisions, ancestry checks, texts and folds
// per node: a reader must get the same answers as without it, and a later pass must see the
// page's changes.
import { describe, expect, it } from 'vitest';
import { fold, isInsideSkipped, isSkipped, readPass, textBlocks, textOf } from '../../../src/detect/text';
import { doctolib } from '../../../src/sites/doctolib/reader';

const HTML = `<main data-test-id="hcp-results"><div class="dl-card" data-design-system-component="Card"><h2><a href="/x/paris/a?pid=practice-1">Dr   Alice <b>DURAND</b></a></h2>
  <div class="tooltip"><p>Secteur 1 à 25 €</p></div><p style="display:none">hidden</p>
  <div aria-hidden="true"><span>Secteur 2</span></div><p>Conventionné secteur 1</p>
  <div class="dl-modal-body"><p>Honoraires libres</p></div><p>${'x'.repeat(400)}</p><p>Pédiatre</p></div></main>`;

describe('read pass', () => {
  it('gives the answers the helpers give without it, for every node and length', () => {
    document.body.innerHTML = HTML;
    const nodes = [...document.body.querySelectorAll('*')];
    const plain = nodes.map((el) => [isSkipped(el), isInsideSkipped(el), isInsideSkipped(el, nodes[1]), textOf(el), textOf(el, 10), fold(el.textContent ?? '')]);
    const blocks = textBlocks(document.body).map((b) => b.text);
    const inPass = readPass(() => {
      // Asked twice, in another order: the second answers come from the pass.
      const once = nodes.map((el) => [isSkipped(el), isInsideSkipped(el), isInsideSkipped(el, nodes[1]), textOf(el), textOf(el, 10), fold(el.textContent ?? '')]);
      const twice = [...nodes].reverse().map((el) => [isSkipped(el), isInsideSkipped(el), isInsideSkipped(el, nodes[1]), textOf(el), textOf(el, 10), fold(el.textContent ?? '')]).reverse();
      expect(twice).toEqual(once);
      expect(textBlocks(document.body).map((b) => b.text)).toEqual(blocks);
      return once;
    });
    expect(inPass).toEqual(plain);
    expect(plain.some(([skipped]) => skipped)).toBe(true);
  });

  it('forgets everything when it ends: the next read sees the page as it is now', () => {
    document.body.innerHTML = HTML;
    const url = new URL('https://www.doctolib.fr/search?q=x');
    const first = readPass(() => doctolib.read(document.body, url));
    expect(first.map((l) => l.sector)).toEqual(['1']);
    // The sector line is now inside a dialog, the name changes.
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent === 'Conventionné secteur 1')!;
    p.setAttribute('role', 'dialog');
    document.querySelector('b')!.textContent = 'MARTIN';
    const second = readPass(() => doctolib.read(document.body, url));
    expect(second.map((l) => [l.name, l.sector])).toEqual([['Dr Alice MARTIN', 'unknown']]);
  });
});
