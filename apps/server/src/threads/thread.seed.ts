import type { EntityManager } from 'typeorm';
import { Ptce } from '../directory/ptce.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { Message, Thread } from './thread.entity.js';

/** Demo pair 1 (Sud Aquitaine hosting AUTON'HOMMES) starts with two threads, one already talking. */
export async function loadDemoThreads(manager: EntityManager): Promise<void> {
  const bySlug = async (slug: string) => manager.getRepository(Ptce).findOneByOrFail({ slug });
  const pair = await manager
    .getRepository(Pair)
    .findOneBy({ compagnonId: (await bySlug('sud-aquitaine')).id, beneficiaryId: (await bySlug('autonhommes')).id });
  if (!pair) return;
  const compagnon = await manager.getRepository(User).findOneByOrFail({ email: 'compagnon@tandem.test' });
  const beneficiary = await manager.getRepository(User).findOneByOrFail({ email: 'beneficiaire@tandem.test' });
  const lines: [User, string][] = [
    [compagnon, 'Bonjour à toute l’équipe ! Voici un premier fil pour **préparer nos deux journées** à Bayonne.'],
    [beneficiary, 'Merci ! Nous aimerions voir votre service de **mobilité solidaire** et rencontrer l’incubateur.'],
    [
      compagnon,
      'C’est noté. Je propose la visite du garage solidaire le mardi matin, puis un déjeuner avec les structures membres.',
    ],
  ];
  const threads = manager.getRepository(Thread);
  const visit = await threads.save(
    threads.create({
      pairId: pair.id,
      title: 'Préparer les deux journées',
      themeCode: 'mobilite',
      createdById: compagnon.id,
      lastSeq: lines.length,
      lastActivityAt: new Date(),
    }),
  );
  await threads.save(
    threads.create({
      pairId: pair.id,
      title: 'Incubateur : questions et documents',
      themeCode: 'incubateur',
      createdById: beneficiary.id,
      lastSeq: 0,
      lastActivityAt: new Date(Date.now() - 60_000),
    }),
  );
  await manager
    .getRepository(Message)
    .save(
      lines.map(([author, body], index) =>
        manager
          .getRepository(Message)
          .create({ threadId: visit.id, seq: index + 1, clientId: `demo-${visit.id}-${index + 1}`, authorId: author.id, body }),
      ),
    );
}
