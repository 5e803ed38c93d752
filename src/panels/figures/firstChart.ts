/** A signal the drift chart gives once it is first on screen, which the page waits for before loading what comes after it. */

let markDrawn: () => void = () => {};

/** Resolves when the drift chart has first been drawn. */
export const firstChartDrawnSignal = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/** The drift chart calls this once it is on screen. */
export function firstChartDrawn(): void {
  markDrawn();
}
