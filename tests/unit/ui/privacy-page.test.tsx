// The privacy policy shipped inside the extension is PRIVACY.md itself, in the UI's language,
// rendered as text only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Markdown, sectionFor } from '../../../src/ui/markdown';

const policy = readFileSync(resolve(__dirname, '../../../PRIVACY.md'), 'utf8');

describe('privacy page', () => {
  it.each([
    ['fr', 'Rien ne quitte votre appareil', 'nothing leaves your device'],
    ['en', 'nothing leaves your device', 'Rien ne quitte votre appareil'],
  ])('shows the %s section only, with its lists and permissions', (lang, has, hasNot) => {
    const root = document.createElement('div');
    render(<Markdown text={sectionFor(policy, lang)} />, root);
    const text = root.textContent ?? '';
    expect(text.toLowerCase()).toContain(has.toLowerCase());
    expect(text.toLowerCase()).not.toContain(hasNot.toLowerCase());
    expect(root.querySelector('h1')?.textContent).toMatch(/Reste à charge/);
    expect(root.querySelectorAll('li').length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('www.doctolib.fr');
    const tags = new Set([...root.querySelectorAll('*')].map((e) => e.localName));
    for (const t of tags) expect(['h1', 'p', 'ul', 'li', 'strong', 'code', 'em']).toContain(t);
  });

  it('renders markup in the text as text', () => {
    const root = document.createElement('div');
    render(<Markdown text={'# T\n\nA <img src=x onerror=alert(1)> **b**'} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
