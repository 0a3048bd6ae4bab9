/**
 * Small DOM builders. Text is always set with textContent / text nodes, never parsed as HTML, so
 * whatever a sheet cell holds is shown literally.
 */

/** Anything that is not a Node becomes a text node (a number or stray value from the server included). */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Plain attributes (aria-*, role, title …); values are set with setAttribute, never parsed. */
  attrs?: Record<string, string>;
  onClick?: () => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.className) el.className = props.className;
    if (props.id) el.id = props.id;
    if (props.attrs) for (const [name, value] of Object.entries(props.attrs)) el.setAttribute(name, value);
    if (props.onClick) el.addEventListener('click', props.onClick);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** Only absolute http(s) URLs may become links; anything else (javascript:, data:, relative) stays text. */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab without giving the new page a handle on this one. */
export function externalLink(url: string, label: string): HTMLAnchorElement {
  const a = h('a', { attrs: { target: '_blank', rel: 'noopener noreferrer' } }, label);
  a.href = url;
  return a;
}

/** A progress bar: the width comes from a clamped number, never from text. */
export function progressBar(percent: number, label: string, className = ''): HTMLDivElement {
  const value = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  const fill = h('div', { className: 'bar-fill' });
  fill.style.width = `${value}%`;
  return h(
    'div',
    {
      className: `bar ${className}`.trim(),
      attrs: {
        role: 'progressbar',
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': String(Math.round(value)),
        'aria-label': label,
      },
    },
    fill,
  );
}
