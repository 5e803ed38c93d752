/**
 * The page's first screen in each language, as the build writes it into index.html so that it is
 * drawn before the page's script arrives (scripts/firstScreen.ts); firstScreen.test.tsx takes it
 * from the page itself and keeps it in firstScreen.json.
 */
export type FirstScreens = Record<
  string,
  {
    /** The page's wrapper holding its header and the "Start here" welcome, as the page draws them. */
    html: string;
    /** The theme button's words when the system's theme is dark. */
    dark: { text: string; label: string };
  }
>;
