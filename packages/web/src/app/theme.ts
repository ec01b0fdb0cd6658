import { createTheme, type MantineThemeOverride } from '@mantine/core';

/**
 * Latin text uses the system's sans-serif; Khmer falls through to the bundled Noto Sans Khmer
 * (the `:lang(km)` rules in styles.css put it first, larger and with more line height).
 */
const latin = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial";

export const theme: MantineThemeOverride = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: `${latin}, 'Noto Sans Khmer', sans-serif`,
  headings: { fontFamily: `${latin}, 'Noto Sans Khmer', sans-serif`, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Modal: { defaultProps: { radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm' } },
  },
});
