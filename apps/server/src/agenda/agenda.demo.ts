import type { EntityManager } from 'typeorm';
import { TWO_DAY_TSF_TEMPLATE, nextDay } from '@tandem/shared';
import { Ptce } from '../directory/ptce.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { AgendaHost, AgendaItem } from './agenda-item.entity.js';

const DAY = 24 * 60 * 60 * 1000;

/** Demo pair 1 gets its two-day agenda, three weeks ahead, with hosts and a question. */
export async function loadAgendaDemo(manager: EntityManager): Promise<void> {
  const slug = async (s: string) => (await manager.getRepository(Ptce).findOneByOrFail({ slug: s })).id;
  const pair = await manager
    .getRepository(Pair)
    .findOneBy({ compagnonId: await slug('sud-aquitaine'), beneficiaryId: await slug('autonhommes') });
  const author = await manager.getRepository(User).findOneBy({ email: 'compagnon@tandem.test' });
  if (!pair || !author) return;
  const first = new Date(Date.now() + 21 * DAY).toISOString().slice(0, 10);
  const days = [first, nextDay(first)];
  const items = TWO_DAY_TSF_TEMPLATE.map((t) =>
    manager.getRepository(AgendaItem).create({
      pairId: pair.id,
      version: 1,
      day: days[t.dayIndex],
      startTime: t.startTime,
      endTime: t.endTime,
      title: t.title,
      kind: t.kind,
      status: t.kind === 'MEAL' ? 'CONFIRMED' : 'PROPOSED',
      themeCode: t.title.startsWith('Visite') ? 'mobilite' : t.title.startsWith('Ateliers') ? 'incubateur' : null,
      location: t.kind === 'VISIT' ? 'Dax (Landes)' : null,
      notes: t.notes,
      questions: t.title.startsWith('Visite') ? 'Comment financez-vous la mobilité solidaire ?' : '',
      updatedAt: new Date(),
      updatedById: author.id,
      deletedAt: null,
    }),
  );
  // One by one: a multi-row insert may hand back generated values in another order.
  for (const item of items) await manager.getRepository(AgendaItem).insert(item);
  const visit = items.find((i) => i.kind === 'VISIT')!;
  const hosts = manager.getRepository(AgendaHost);
  await hosts.insert([
    hosts.create({
      itemId: visit.id,
      position: 0,
      kind: 'STRUCTURE',
      name: 'Garage solidaire',
      role: 'Atelier de réparation et location de véhicules',
    }),
    hosts.create({ itemId: visit.id, position: 1, kind: 'PERSON', name: 'Claire Etcheverry', role: 'Coordination' }),
  ]);
}
