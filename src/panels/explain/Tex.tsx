/**
 * A formula typeset by KaTeX as MathML, which the browser lays out itself: no inline styles (so a
 * strict Content-Security-Policy holds) and no font files. Only formulas built from our own text
 * and numbers come through here.
 */
import katex from 'katex';
import { useMemo } from 'react';
import { ScrollBox } from '../../ui/ScrollBox';
import { t } from '../../i18n/catalogue';

export function Tex({ children, block = false }: { children: string; block?: boolean }) {
  const html = useMemo(
    () =>
      katex.renderToString(children, { displayMode: block, throwOnError: false, output: 'mathml' }),
    [children, block],
  );
  // A wide block formula scrolls sideways on a phone, and says so; it takes focus so the keyboard
  // can scroll it.
  return block ? (
    <ScrollBox className="tex-block" label={t('explain.formula')} role="group" inline>
      <span dangerouslySetInnerHTML={{ __html: html }} />
    </ScrollBox>
  ) : (
    <span className="tex" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
