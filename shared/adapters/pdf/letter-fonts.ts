/**
 * The typeface of the letters: IBM Plex Sans, the DKFDS pages' own (it has æ, ø and å), embedded
 * so that every reader shows the same letter and PDF/UA's rule that all fonts are embedded holds.
 * pdfkit's built-in Helvetica is never loaded: it would need pdfkit's AFM files beside the bundle.
 */
export const LETTER_FONT_FILES = {
  regular: 'IBMPlexSans-Regular.ttf',
  bold: 'IBMPlexSans-Bold.ttf',
} as const;

/** Where DKFDS keeps the TrueType files, relative to the repository. */
export const DKFDS_TTF_DIR = 'node_modules/dkfds/src/fonts/IBMPlexSans/complete/ttf';
