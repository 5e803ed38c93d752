/**
 * Moves the keyboard focus to the element with this id as soon as it is on the page (a lazily loaded
 * section may take a few frames), so a link that jumps to a section takes the keyboard with it.
 * Gives up after about two seconds of frames.
 */
export function focusWhenShown(id: string, framesLeft = 120): void {
  const el = document.getElementById(id);
  if (el) {
    el.focus({ preventScroll: true });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(id, framesLeft - 1));
}
