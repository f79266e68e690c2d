// Just enough Markdown for PRIVACY.md: headings, paragraphs, lists, **bold** and `code`. Every
// piece becomes a text node (no HTML is ever parsed).
import type { JSX } from 'preact';

/** The policy's title and the "## Français" or "## English" section for `lang`. */
export function sectionFor(md: string, lang: string): string {
  const parts = md.split(/^## /m);
  const title = parts[0] ?? '';
  const wanted = lang.startsWith('fr') ? 'Français' : 'English';
  const section = parts.slice(1).find((p) => p.startsWith(wanted)) ?? parts[1] ?? '';
  return `${title}\n${section.replace(/^[^\n]*\n/, '')}`;
}

function inline(text: string): (string | JSX.Element)[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`|\*[^*]+\*)/).filter(Boolean).map((part) =>
    part.startsWith('**') ? <strong>{part.slice(2, -2)}</strong>
    : part.startsWith('`') ? <code>{part.slice(1, -1)}</code>
    : part.startsWith('*') ? <em>{part.slice(1, -1)}</em>
    : part,
  );
}

export function Markdown({ text }: { text: string }): JSX.Element {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block) => {
        const lines = block.split('\n');
        if (block.startsWith('# ')) return <h1 class="app-title">{inline(block.slice(2))}</h1>;
        const firstItem = lines.findIndex((l) => l.startsWith('- '));
        if (firstItem >= 0) {
          const head = lines.slice(0, firstItem).join(' ').trim();
          const items = lines.slice(firstItem).join('\n').split(/^- /m).filter((s) => s.trim());
          return (
            <>
              {head && <p>{inline(head.replace(/\s+/g, ' '))}</p>}
              <ul>{items.map((it) => <li>{inline(it.replace(/\s+/g, ' ').trim())}</li>)}</ul>
            </>
          );
        }
        return <p>{inline(block.replace(/\s+/g, ' '))}</p>;
      })}
    </>
  );
}
