import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { AgendaService } from '../agenda/agenda.service.js';
import { DirectoryService } from '../directory/directory.service.js';
import { IdentityService } from '../identity/identity.service.js';
import type { Mailer } from '../mail/mailer.js';
import { PairService } from '../pairs/pair.service.js';
import { PairLifecycleService } from '../pairs/pair-lifecycle.service.js';
import { LessonService } from '../pairs/lesson.service.js';
import { PairReportService } from '../pairs/pair-report.service.js';
import { ThreadService } from '../threads/thread.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { NotificationMailer } from '../notifications/notification.mail.js';
import { DocumentService } from '../documents/document.service.js';
import { createStorage } from '../documents/document.storage.js';
import { ExportService } from '../export/export.service.js';
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
  /** Told when pub/sub missed events (Redis back after a drop). */
  onPubSubResubscribed?: (listener: () => void) => void;
  /** Resolves once the subscriptions asked for so far receive events. */
  pubSubSubscribed?: () => Promise<void>;
  /** False while pub/sub events may be lost (Redis subscriber down). */
  pubSubConnected?: () => boolean;
  /** Told after commit by the domains (one call per trigger); creates notifications and queues emails. */
  notifications: NotificationService;
}

export interface Services {
  deps: Deps;
  identity: IdentityService;
  directory: DirectoryService;
  pairs: PairService;
  pairLifecycle: PairLifecycleService;
  lessons: LessonService;
  pairReports: PairReportService;
  threads: ThreadService;
  documents: DocumentService;
  agenda: AgendaService;
  notifications: NotificationService;
  notificationMails: NotificationMailer;
  exports: ExportService;
}

export function createServices(base: Omit<Deps, 'notifications'>): Services {
  const deps = { ...base } as Deps;
  deps.notifications = new NotificationService(deps);
  const pairs = new PairService(deps);
  const storage = createStorage({ dataDir: deps.config.dataDir, s3: deps.config.s3 });
  const agenda = new AgendaService(deps);
  return {
    deps,
    identity: new IdentityService(deps),
    directory: new DirectoryService(deps),
    pairs,
    pairLifecycle: new PairLifecycleService(deps),
    lessons: new LessonService(deps, pairs),
    pairReports: new PairReportService(deps),
    threads: new ThreadService(deps),
    documents: new DocumentService(deps, pairs, storage),
    agenda,
    exports: new ExportService(deps, pairs, agenda, storage),
    notifications: deps.notifications,
    notificationMails: new NotificationMailer(deps, deps.notifications),
  };
}
