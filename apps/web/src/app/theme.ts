import {
  Anchor,
  Button,
  Card,
  CloseButton,
  createTheme,
  Input,
  InputWrapper,
  Menu,
  Radio,
  SegmentedControl,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// One warm accent: a deep teal-green. Shade 7 carries white text at 6:1 and reads as text on white.
const tandem: MantineColorsTuple = [
  '#e7f5f2',
  '#cfe9e3',
  '#a0d4c8',
  '#6dbdab',
  '#43a893',
  '#26957f',
  '#168270',
  '#0f6e5e',
  '#0a5b4e',
  '#064a3f',
];

// Only for the "request pending" status; shade 7 keeps 5:1 on its light background.
const amber: MantineColorsTuple = [
  '#fff8e1',
  '#ffefc2',
  '#ffe08a',
  '#ffcf4f',
  '#f5b82a',
  '#e0a114',
  '#b97f0a',
  '#8f6208',
  '#6e4b06',
  '#553a05',
];

const TOUCH = '2.75rem'; // 44 px: the smallest touch target we allow

export const theme = createTheme({
  primaryColor: 'tandem',
  primaryShade: 7,
  colors: { tandem, amber },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontWeight: '700',
    // Long PTCE names must fit a 360 px screen without a giant title.
    sizes: { h1: { fontSize: 'clamp(1.625rem, 1.2rem + 2vw, 2.25rem)', lineHeight: '1.25' } },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: Button.extend({
      defaultProps: { size: 'md' },
      vars: (_theme, props) =>
        props.size === 'md' || props.size === undefined ? { root: { '--button-height': TOUCH } } : { root: {} },
    }),
    Input: Input.extend({
      vars: () => ({ wrapper: { '--input-height': TOUCH } }),
    }),
    InputWrapper: InputWrapper.extend({
      styles: { required: { color: 'var(--mantine-color-error)' } },
    }),
    Menu: Menu.extend({
      styles: { item: { minHeight: TOUCH } },
    }),
    SegmentedControl: SegmentedControl.extend({
      styles: { label: { minHeight: TOUCH, display: 'flex', alignItems: 'center', justifyContent: 'center' } },
    }),
    Radio: Radio.extend({
      defaultProps: { size: 'md' },
      styles: { body: { minHeight: TOUCH, alignItems: 'center' } },
    }),
    CloseButton: CloseButton.extend({ defaultProps: { size: 'xl' } }),
    Card: Card.extend({ defaultProps: { withBorder: true, padding: 'lg', radius: 'md' } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

// Mantine's "dimmed" grey and error red are about 3.3:1 on white; text must reach 4.5:1.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});
