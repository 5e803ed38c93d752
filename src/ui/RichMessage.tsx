/**
 * A message with elements where its placeholders stand (a bold number, a link, a formula, a term
 * with its tip): the whole sentence stays one message, and each language puts the elements where
 * its word order needs them.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { t } from '../i18n/catalogue';
import type { MessageKey, MessageValues } from '../i18n/catalogue';

// Private-use characters: no message or number contains them, so they mark the elements' places.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/** The message `key` filled with `values`, with each of `parts` where its placeholder is. */
export function tRich(
  key: MessageKey,
  values: MessageValues | undefined,
  parts: Readonly<Record<string, ReactNode>>,
): ReactNode[] {
  const marked: MessageValues = { ...values };
  for (const name of Object.keys(parts)) marked[name] = `${OPEN}${name}${CLOSE}`;
  return t(key, marked)
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece));
}

export function RichMessage({
  id,
  parts,
  values,
}: {
  id: MessageKey;
  parts: Readonly<Record<string, ReactNode>>;
  values?: MessageValues;
}) {
  return <>{tRich(id, values, parts)}</>;
}
