/**
 * The page's keyboard shortcuts, as the list of them shows: the keys, then what they do, each a
 * message key (the keys' names differ too: "Leertaste", "Échap").
 */
import type { MessageKey } from '../i18n/catalogue';

export const SHORTCUTS: readonly [keys: MessageKey, does: MessageKey][] = [
  ['ui.shortcuts.keys.space', 'ui.shortcuts.playPause'],
  ['ui.shortcuts.keys.arrows', 'ui.shortcuts.step'],
  ['ui.shortcuts.keys.shiftArrows', 'ui.shortcuts.phase'],
  ['ui.shortcuts.keys.reset', 'ui.shortcuts.reset'],
  ['ui.shortcuts.keys.presenter', 'ui.shortcuts.presenter'],
  ['ui.shortcuts.keys.digits', 'ui.shortcuts.presets'],
  ['ui.shortcuts.keys.tour', 'ui.shortcuts.tour'],
  ['ui.shortcuts.keys.answer', 'ui.shortcuts.answer'],
  ['ui.shortcuts.keys.scroll', 'ui.shortcuts.scroll'],
  ['ui.shortcuts.keys.guess', 'ui.shortcuts.guess'],
  ['ui.shortcuts.keys.list', 'ui.shortcuts.list'],
  ['ui.shortcuts.keys.escape', 'ui.shortcuts.escape'],
];
