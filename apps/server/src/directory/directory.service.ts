import { In } from 'typeorm';
import type { Deps } from '../core/services.js';
import { Ptce } from './ptce.entity.js';
import { Theme } from './theme.entity.js';

export class DirectoryService {
  constructor(private readonly deps: Deps) {}

  themes(): Promise<Theme[]> {
    return this.deps.db.getRepository(Theme).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  async themesByCodes(codes: string[]): Promise<Theme[]> {
    if (codes.length === 0) return [];
    return this.deps.db.getRepository(Theme).find({ where: { code: In(codes) }, order: { position: 'ASC' } });
  }

  ptceBySlug(slug: string): Promise<Ptce | null> {
    return this.deps.db.getRepository(Ptce).findOne({ where: { slug }, relations: { themes: true } });
  }

  /** Themes of a PTCE in vocabulary order (loaded on demand by the field resolver). */
  async themesOf(ptceId: string): Promise<Theme[]> {
    return this.deps.db
      .getRepository(Theme)
      .createQueryBuilder('theme')
      .innerJoin('ptce_theme', 'pt', 'pt.themeCode = theme.code')
      .where('pt.ptceId = :ptceId', { ptceId })
      .orderBy('theme.position', 'ASC')
      .getMany();
  }
}
