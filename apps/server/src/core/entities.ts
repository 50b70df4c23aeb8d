import { PtceMember } from '../directory/ptce-member.entity.js';
import { AgendaHost, AgendaItem } from '../agenda/agenda-item.entity.js';
import { CalendarFeed } from '../agenda/calendar-feed.entity.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { Invitation } from '../identity/invitation.entity.js';
import { Session } from '../identity/session.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { PairEvent } from '../pairs/pair-event.entity.js';
import { Lesson } from '../pairs/lesson.entity.js';
import { FollowUp } from '../pairs/follow-up.entity.js';
import { Message, Thread, ThreadState } from '../threads/thread.entity.js';
import { AppSecret, MailOutbox, Notification, NotificationPreference } from '../notifications/notification.entity.js';
import { Document, DocumentVersion } from '../documents/document.entity.js';

/** Every persisted entity; migrations of both dialects must agree with these. */
export const entities = [
  Theme,
  Ptce,
  PtceMember,
  User,
  Session,
  Invitation,
  Pair,
  PairEvent,
  Lesson,
  FollowUp,
  Thread,
  Message,
  ThreadState,
  Document,
  DocumentVersion,
  AgendaItem,
  AgendaHost,
  CalendarFeed,
  Notification,
  NotificationPreference,
  MailOutbox,
  AppSecret,
];
