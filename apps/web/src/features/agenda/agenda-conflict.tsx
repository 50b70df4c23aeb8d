import { Alert, Button, Card, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { differingFields, type Draft, type DraftField } from './draft';

function show(value: Draft[DraftField], empty: string): string {
  if (Array.isArray(value)) {
    return value.map((h) => `${h.name}${h.role ? ` — ${h.role}` : ''}`).join(', ') || empty;
  }
  if (value === null || value === '') return empty;
  return String(value);
}

const LABEL = {
  day: 'agenda.form.day',
  startTime: 'agenda.form.start',
  endTime: 'agenda.form.end',
  title: 'agenda.form.title',
  kind: 'agenda.form.kind',
  status: 'agenda.form.status',
  themeCode: 'agenda.form.theme',
  location: 'agenda.form.location',
  notes: 'agenda.form.notes',
  questions: 'agenda.form.questions',
  hosts: 'agenda.form.hosts',
} as const satisfies Record<DraftField, string>;

/**
 * A stale write, shown side by side: for every field that differs, the person picks their version or
 * the saved one. Nothing is written until they decide; nothing is ever overwritten silently.
 */
export function AgendaConflict({
  mine,
  theirs,
  theirsDeleted,
  saving,
  onKeepMine,
  onTakeTheirs,
  onMerge,
}: {
  mine: Draft;
  theirs: Draft;
  theirsDeleted: boolean;
  saving: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (keepMine: Set<DraftField>) => void;
}) {
  const { t } = useTranslation();
  const fields = differingFields(mine, theirs);
  const [keepMine, setKeepMine] = useState<Set<DraftField>>(() => new Set(fields));
  const display = (field: DraftField, draft: Draft) =>
    field === 'kind'
      ? t(`agenda.kinds.${draft.kind}`)
      : field === 'status'
        ? t(`agenda.statuses.${draft.status}`)
        : show(draft[field], t('agenda.conflict.empty'));

  if (theirsDeleted) {
    return (
      <Stack gap="md" data-testid="agenda-conflict">
        <Alert color="amber.8" variant="light" title={t('agenda.conflict.title')}>
          {t('agenda.conflict.deleted')}
        </Alert>
        <Group>
          <Button onClick={onKeepMine} loading={saving}>
            {t('agenda.conflict.recreate')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs}>
            {t('agenda.conflict.leaveDeleted')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="agenda-conflict">
      <Alert color="amber.8" variant="light" title={t('agenda.conflict.title')}>
        {t('agenda.conflict.intro')}
      </Alert>
      <SimpleGrid cols={2} spacing="sm" visibleFrom="xs" aria-hidden="true">
        <Text fw={700}>{t('agenda.conflict.mine')}</Text>
        <Text fw={700}>{t('agenda.conflict.theirs')}</Text>
      </SimpleGrid>
      {fields.map((field) => {
        const label = t(LABEL[field]);
        return (
          <Radio.Group
            key={field}
            label={label}
            value={keepMine.has(field) ? 'mine' : 'theirs'}
            onChange={(side) => {
              const next = new Set(keepMine);
              if (side === 'mine') next.add(field);
              else next.delete(field);
              setKeepMine(next);
            }}
            styles={{ label: { fontWeight: 700 } }}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={4}>
              {(['mine', 'theirs'] as const).map((side) => (
                <Card key={side} padding="sm" bg={side === 'mine' ? 'tandem.0' : 'gray.0'}>
                  <Radio
                    value={side}
                    aria-label={`${t('agenda.conflict.chooseFor', { field: label })} : ${t(`agenda.conflict.${side}`)}`}
                    label={
                      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                        <Text span size="xs" c="dimmed" hiddenFrom="xs">
                          {t(`agenda.conflict.${side}`)} :{' '}
                        </Text>
                        {display(field, side === 'mine' ? mine : theirs)}
                      </Text>
                    }
                  />
                </Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        );
      })}
      <Group gap="sm">
        <Button onClick={() => onMerge(keepMine)} loading={saving}>
          {t('agenda.conflict.saveMerge')}
        </Button>
        <Button variant="light" onClick={onKeepMine} disabled={saving}>
          {t('agenda.conflict.keepMineAll')}
        </Button>
        <Button variant="default" onClick={onTakeTheirs} disabled={saving}>
          {t('agenda.conflict.takeTheirsAll')}
        </Button>
      </Group>
    </Stack>
  );
}
