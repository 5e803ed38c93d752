/** The parts of the page an embed of the drift chart leaves out; the page and the snippet both read it. */
export const EMBED_DRIFT_HIDES = ['losses', 'data', 'sweep', 'explain', 'lessons'] as const;
