/** Button styles that let a long label wrap at 360 px instead of being cut. */
export const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 44, paddingBlock: 8 },
  label: { whiteSpace: 'normal', textAlign: 'center' },
} as const;
