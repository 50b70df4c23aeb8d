import { AgendaHost, AgendaItem } from '../agenda/agenda-item.entity.js';
import { CalendarFeed } from '../agenda/calendar-feed.entity.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { Invitation } from '../identity/invitation.entity.js';
import { Session } from '../identity/session.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';

/** Every persisted entity; migrations of both dialects must agree with these. */
export const entities = [Theme, Ptce, User, Session, Invitation, Pair, AgendaItem, AgendaHost, CalendarFeed];
