/** Playback icons drawn as SVG so they look the same with any installed fonts. */
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 18 18',
  'aria-hidden': true,
  focusable: false,
} as const;

export const IconRewind = () => (
  <svg {...common}>
    <rect x="2" y="3" width="2.5" height="12" fill="currentColor" />
    <path d="M16 3 L6 9 L16 15 Z" fill="currentColor" />
  </svg>
);
// One step back or on: an open chevron, so it never reads as the filled triangle of Play.
export const IconBack = () => (
  <svg {...common}>
    <path
      d="M12 3.5 L6 9 L12 14.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
export const IconPlay = () => (
  <svg {...common}>
    <path d="M5 2.5 L15.5 9 L5 15.5 Z" fill="currentColor" />
  </svg>
);
export const IconPause = () => (
  <svg {...common}>
    <rect x="4" y="3" width="3.5" height="12" fill="currentColor" />
    <rect x="10.5" y="3" width="3.5" height="12" fill="currentColor" />
  </svg>
);
export const IconForward = () => (
  <svg {...common}>
    <path
      d="M6 3.5 L12 9 L6 14.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
export const IconEnd = () => (
  <svg {...common}>
    <path d="M2 3 L12 9 L2 15 Z" fill="currentColor" />
    <rect x="13.5" y="3" width="2.5" height="12" fill="currentColor" />
  </svg>
);
