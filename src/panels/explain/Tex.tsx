/** A formula typeset by KaTeX. Only formulas built from our own text and numbers come through here. */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

export function Tex({ children, block = false }: { children: string; block?: boolean }) {
  const html = useMemo(
    () =>
      katex.renderToString(children, { displayMode: block, throwOnError: false, output: 'html' }),
    [children, block],
  );
  return (
    <span className={block ? 'tex-block' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
