import { startTransition, useEffect, useState, type ComponentType } from 'react';
import type { MarkdownTextProps } from './markdown-renderer';

// react-markdown and its parsers are the largest code of the app. A page does not wait for them: it renders and asks
// for its data at once, the first text it shows fetches them once the page has painted, and each text shows when
// they are in.
let loaded: ComponentType<MarkdownTextProps> | undefined;
let rendererCode: Promise<ComponentType<MarkdownTextProps>> | undefined;
const loadRenderer = () => (rendererCode ??= import('./markdown-renderer').then(({ MarkdownRenderer }) => (loaded = MarkdownRenderer)));

/** Section text, written in Markdown: see MarkdownRenderer. Busy and empty until the renderer's code is in. */
export function MarkdownText(props: MarkdownTextProps) {
  const [Renderer, setRenderer] = useState(() => loaded);
  useEffect(() => {
    if (Renderer) return;
    let mounted = true;
    const show = (renderer: ComponentType<MarkdownTextProps>) => {
      // In a transition, React parses and renders the texts in slices, between which the browser handles input.
      if (mounted)
        startTransition(() => {
          setRenderer(() => renderer);
        });
    };
    // After the next frame is painted, so that the download does not hold back the page's first content.
    const frame = requestAnimationFrame(() => {
      setTimeout(() => void loadRenderer().then(show));
    });
    return () => {
      mounted = false;
      cancelAnimationFrame(frame);
    };
  }, [Renderer]);
  return Renderer ? <Renderer {...props} /> : <div className="markdown" lang={props.lang} aria-busy="true" />;
}
