/** G and the "Predict first" button: the question opens and the cursor goes into its guess. */
import { togglePredict } from '../../state/lecture';
import { useAppStore } from '../../state/store';

/** Frames to wait for the guess field, whose panel's code may still be arriving: about two seconds. */
const FRAMES = 120;

/** Puts the cursor in the guess field, waiting `framesLeft` frames for it to be on the page. */
export function focusGuess(framesLeft = 0): void {
  const field = document.querySelector<HTMLInputElement>('.predict input');
  if (field) field.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusGuess(framesLeft - 1));
}

/**
 * Predict first on or off, as a button or a key asks: turned on, the cursor goes to the guess once
 * the panel is on screen, so a keyboard user can type at once.
 */
export function togglePredictAndFocus(): void {
  const on = !useAppStore.getState().view.predict;
  togglePredict();
  if (on) requestAnimationFrame(() => focusGuess(FRAMES));
}
