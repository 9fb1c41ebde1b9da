import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const CHANGED = 'explorer:navigate';

/** Goes to `url` within the page; `replace` keeps the history entry (a control moved, not a new page). */
export function navigate(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  dispatchEvent(new Event(CHANGED));
}

/** The current address, following links, the back button and navigate(). */
export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(location.href));
    addEventListener('popstate', update);
    addEventListener(CHANGED, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(CHANGED, update);
    };
  }, []);
  return url;
}

/** A real link (it opens in a new tab, it can be copied) that navigates within the page on a plain click. */
export function Link(props: { href: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
    scrollTo(0, 0);
    // As a page load would: a screen reader starts again at the new page's content.
    document.getElementById('main')?.focus();
  };
  return (
    <a href={props.href} class={props.class} aria-current={props['aria-current']} onClick={onClick}>
      {props.children}
    </a>
  );
}

export function companyPath(companyId: string): string {
  return `/companies/${encodeURIComponent(companyId)}`;
}
