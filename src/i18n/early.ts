/**
 * Asks for the page's first words before anything else in the page's script runs: main.tsx imports
 * this first, so the request does not wait for React and the page's modules to be evaluated, and
 * main.tsx then waits for the same load (openInLocale gives every caller the one request).
 */
import './files';
import { openInLocale } from './choice';

void openInLocale();
