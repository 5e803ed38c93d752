/**
 * Colours, one per role and the same role everywhere: old data, new data, the ideal, θ. Taken from
 * the Okabe–Ito colour-blind-safe set, with lighter partners for the dark theme.
 */
export interface Palette {
  old: string;
  new: string;
  ideal: string;
  posterior: string;
  theta: string;
  /** The stream's "everything so far" learner, the one role the two-phase charts have no colour for. */
  learnerAll: string;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  phasePre: string;
  phaseFt: string;
}

export const LIGHT: Palette = {
  old: '#0072B2',
  new: '#D55E00',
  ideal: '#007A5A',
  posterior: '#007A5A',
  theta: '#A0407C',
  learnerAll: '#9A6A00',
  text: '#1a1a1a',
  muted: '#555555',
  grid: '#d9d9d9',
  surface: '#ffffff',
  phasePre: 'rgba(0, 114, 178, 0.07)',
  phaseFt: 'rgba(213, 94, 0, 0.07)',
};

export const DARK: Palette = {
  old: '#56B4E9',
  new: '#F28E2B',
  ideal: '#3CC79A',
  posterior: '#3CC79A',
  theta: '#E58BC5',
  learnerAll: '#E6B84A',
  text: '#f0f0f0',
  muted: '#b5b5b5',
  grid: '#3a3f47',
  surface: '#15181d',
  phasePre: 'rgba(86, 180, 233, 0.10)',
  phaseFt: 'rgba(242, 142, 43, 0.10)',
};
