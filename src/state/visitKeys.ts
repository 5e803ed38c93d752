/**
 * What the page keeps on this device between visits, by key. A module with no imports, because the
 * build writes these keys into index.html as well: the first screen drawn there before the page's
 * script arrives is drawn only for a visit these keys say is a first one (scripts/firstScreen.ts).
 */

/** The last scenario, as the same query string a link would hold. */
export const SAVED_KEY = 'fine-tuning-playground:last';

/** Set once the "Start here" welcome has been taken or dismissed. */
export const WELCOMED_KEY = 'fine-tuning-playground:welcomed';
