import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans Khmer (regular and bold), which carries Latin glyphs too, from
 * `@expo-google-fonts/noto-sans-khmer` (SIL Open Font License 1.1: the licence text ships next
 * to the TTF files in that package, LICENSE_FONT, and a copy is kept here as OFL.txt). The
 * machine has no Khmer system font, so every PDF embeds this one.
 *
 * The fonts go into the page as data: URLs: an `@font-face` pointing at `file://` is silently
 * blocked in a page made with `setContent`, and the text would fall back to boxes.
 */
const require = createRequire(import.meta.url);
const files = {
  400: '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
} as const;

export const FONT_FAMILY = 'HomewardKhmer';

let css: string | undefined;

/** `@font-face` rules with the fonts inlined; read once per process. */
export function fontFaceCss(): string {
  if (css === undefined) {
    css = Object.entries(files).map(([weight, file]) => {
      const data = fs.readFileSync(require.resolve(file)).toString('base64');
      return `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${data}) format('truetype');}`;
    }).join('\n');
  }
  return css;
}
