// The page parts the popup and the options page share: the header, and a titled card section.
import type { ComponentChildren, JSX } from 'preact';

export function AppHeader(props: { icon: 32 | 48; size: number; title: string; tagline: string; children?: ComponentChildren }): JSX.Element {
  return (
    <header class="app-header">
      <img class="logo" src={`/icon/${props.icon}.png`} width={props.size} height={props.size} alt="" />
      <div>
        <h1 class="app-title">{props.title}</h1>
        <p class="app-tagline">{props.tagline}</p>
        {props.children}
      </div>
    </header>
  );
}

/** A card section titled by an h2 (`id` names the title, for aria-labelledby). */
export function Section(props: { id: string; title: string; children: ComponentChildren }): JSX.Element {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id} class="section-title">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
