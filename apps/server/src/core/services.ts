import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { AgendaService } from '../agenda/agenda.service.js';
import { DirectoryService } from '../directory/directory.service.js';
import { IdentityService } from '../identity/identity.service.js';
import type { Mailer } from '../mail/mailer.js';
import { PairService } from '../pairs/pair.service.js';
import type { Logger } from './logger.js';
import type { AppPubSub } from './pubsub.js';
import type { RateLimits } from './rate-limit.js';

/** What every domain service may use. */
export interface Deps {
  db: DataSource;
  config: Config;
  logger: Logger;
  pubSub: AppPubSub;
  mailer: Mailer;
  rateLimits: RateLimits;
}

export interface Services {
  deps: Deps;
  identity: IdentityService;
  directory: DirectoryService;
  pairs: PairService;
  agenda: AgendaService;
}

export function createServices(deps: Deps): Services {
  return {
    deps,
    identity: new IdentityService(deps),
    directory: new DirectoryService(deps),
    pairs: new PairService(deps),
    agenda: new AgendaService(deps),
  };
}
