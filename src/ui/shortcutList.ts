/** The page's keyboard shortcuts, as the list of them shows: the keys, then what they do. */

export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'Play or pause'],
  ['→ / ←', 'One step forward / back'],
  ['Shift + → / ←', 'Jump to the next / previous phase'],
  ['R', 'Back to step 0'],
  ['P', 'Presenter mode on or off'],
  ['1 – 9, 0', 'Load preset 1 – 10 (in the tour: go to that step)'],
  ['N / B', 'Next / previous tour step'],
  ['A', 'Show the tour step’s answer'],
  ['G', 'Predict first: place a guess before the answer'],
  ['?', 'Show or hide this list'],
  ['Esc', 'Close a dialog, the settings, the tour, or presenter mode'],
];
