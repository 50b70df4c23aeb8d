import { randomBytes } from 'node:crypto';
import type { Role } from '@tandem/shared';
import type { App } from '../../src/app.js';
import { Ptce } from '../../src/directory/ptce.entity.js';
import { Theme } from '../../src/directory/theme.entity.js';
import { hashPassword } from '../../src/identity/password.js';
import { User } from '../../src/identity/user.entity.js';
import { Pair } from '../../src/pairs/pair.entity.js';

export const PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export async function makePtce(app: App, overrides: Partial<Ptce> = {}): Promise<Ptce> {
  const repo = app.services.deps.db.getRepository(Ptce);
  const id = unique();
  return repo.save(
    repo.create({
      slug: `ptce-${id}`,
      name: `PTCE ${id}`,
      departmentCodes: '40',
      region: 'Nouvelle-Aquitaine',
      amiLaureate2021: true,
      charterSignatory: false,
      isCompagnon: false,
      ...overrides,
    }),
  );
}

export async function makeUser(app: App, options: { role?: Role; ptce?: Ptce | null; email?: string } = {}): Promise<User> {
  const repo = app.services.deps.db.getRepository(User);
  const role = options.role ?? 'COORDINATOR';
  return repo.save(
    repo.create({
      email: options.email ?? `person-${unique()}@example.org`,
      displayName: `Person ${unique()}`,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      role,
      ptceId: role === 'OPERATOR' ? null : (options.ptce ?? (await makePtce(app))).id,
      locale: 'fr',
    }),
  );
}

export async function makeTheme(app: App, code = `theme-${unique()}`): Promise<Theme> {
  const repo = app.services.deps.db.getRepository(Theme);
  return repo.save(repo.create({ code, labelFr: `Thème ${code}`, labelEn: `Theme ${code}`, group: 'topic' }));
}

export async function makePair(
  app: App,
  options: { compagnon?: Ptce; beneficiary?: Ptce; status?: Pair['status']; themes?: Theme[] } = {},
): Promise<Pair> {
  const repo = app.services.deps.db.getRepository(Pair);
  const status = options.status ?? 'ACTIVE';
  const compagnonId = (options.compagnon ?? (await makePtce(app, { isCompagnon: true }))).id;
  const beneficiaryId = (options.beneficiary ?? (await makePtce(app))).id;
  return repo.save(
    repo.create({
      status,
      compagnonId,
      beneficiaryId,
      themes: options.themes ?? [await makeTheme(app)],
      requestedAt: new Date(),
      acceptedAt: status === 'REQUESTED' ? null : new Date(),
      completedAt: status === 'COMPLETED' ? new Date() : null,
      openKey: status === 'REQUESTED' || status === 'ACTIVE' ? `${compagnonId}:${beneficiaryId}` : null,
    }),
  );
}
