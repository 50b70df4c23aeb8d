import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value pairs as a description list, so each value is read with its label. */
export function Facts({ items }: { items: Array<{ label: string; value: ReactNode } | false | '' | null | undefined> }) {
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
      {items.map(
        (item) =>
          item && (
            <div key={item.label}>
              <Text component="dt" size="sm" fw={600}>
                {item.label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {item.value}
              </Text>
            </div>
          ),
      )}
    </Box>
  );
}
