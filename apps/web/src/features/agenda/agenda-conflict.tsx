import { Alert, Button, Group, Radio, Stack, Table, Text } from '@mantine/core';
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
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agenda.conflict.field')}</Table.Th>
              <Table.Th scope="col">{t('agenda.conflict.mine')}</Table.Th>
              <Table.Th scope="col">{t('agenda.conflict.theirs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => {
              const label = t(LABEL[field]);
              return (
                <Table.Tr key={field}>
                  <Table.Th scope="row">{label}</Table.Th>
                  {(['mine', 'theirs'] as const).map((side) => (
                    <Table.Td key={side} style={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>
                      <Radio
                        name={`keep-${field}`}
                        checked={side === 'mine' ? keepMine.has(field) : !keepMine.has(field)}
                        onChange={() => {
                          const next = new Set(keepMine);
                          if (side === 'mine') next.add(field);
                          else next.delete(field);
                          setKeepMine(next);
                        }}
                        aria-label={`${t('agenda.conflict.chooseFor', { field: label })} : ${t(`agenda.conflict.${side}`)}`}
                        label={<Text size="sm">{display(field, side === 'mine' ? mine : theirs)}</Text>}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
