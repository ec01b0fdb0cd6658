import { FONT_FAMILY, fontFaceCss } from './fonts.js';

/** Text for inside HTML. */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Text for inside a CSS string (`content: "…"`). */
const cssString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

export interface PrintDocument {
  lang: 'km' | 'en';
  title: string;
  /** Top of every page, left: the organisation's name. */
  headerLeft: string;
  /** Top of every page, right: e.g. the form's number and the case number. */
  headerRight: string;
  /** Bottom left of every page, e.g. when it was printed. */
  footerLeft: string;
  /** The body, already escaped HTML. */
  body: string;
  /** Extra CSS of the document. */
  css?: string;
}

/**
 * A complete A4 HTML document: fonts inlined, margins, the running header and the page numbers
 * as CSS page-margin boxes (Chromium ≥ 131), so they are laid out and shaped like the body —
 * Khmer included, with Khmer digits in Khmer (`counter(page, khmer)`).
 */
export function printDocument(doc: PrintDocument): string {
  const khmer = doc.lang === 'km';
  const pageOf = khmer
    ? `"ទំព័រ " counter(page, khmer) " នៃ " counter(pages, khmer)`
    : `"Page " counter(page) " of " counter(pages)`;
  const margin = `font-family:'${FONT_FAMILY}',sans-serif;font-size:8pt;color:#444;`;
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
${fontFaceCss()}
@page {
  size: A4;
  margin: 20mm 15mm 18mm 15mm;
  @top-left { content: ${cssString(doc.headerLeft)}; ${margin} vertical-align: bottom; }
  @top-right { content: ${cssString(doc.headerRight)}; ${margin} vertical-align: bottom; }
  @bottom-left { content: ${cssString(doc.footerLeft)}; ${margin} }
  @bottom-right { content: ${pageOf}; ${margin} }
}
html { font-family: '${FONT_FAMILY}', sans-serif; font-size: ${khmer ? '10.5pt' : '10pt'}; line-height: ${khmer ? 1.65 : 1.4}; color: #111; }
body { margin: 0; }
h1 { font-size: 1.45em; margin: 0 0 0.2em; }
h2 { font-size: 1.1em; margin: 1.1em 0 0.4em; padding-bottom: 0.15em; border-bottom: 1px solid #888; break-after: avoid; }
p { margin: 0.3em 0; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.25em 0.45em; border: 1px solid #999; }
th { background: #f1f1f1; font-weight: 700; }
tr { break-inside: avoid; }
${doc.css ?? ''}
</style>
</head>
<body>
${doc.body}
</body>
</html>`;
}
