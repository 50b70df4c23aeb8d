import { daysBetween, parisToday } from '@tandem/shared';
import { AppError, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import type { User } from '../identity/user.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { Pair } from './pair.entity.js';
import type { PairOverviewRow, PairsOverviewFilter } from './pair.inputs.js';

/** The operator's figures on every pair: no content of any space, only dates, statuses and counts. */
export class PairReportService {
  constructor(private readonly deps: Deps) {}

  async overview(user: User | null, filter: PairsOverviewFilter = {}): Promise<PairOverviewRow[]> {
    if (!user) throw unauthenticated();
    if (user.role !== 'OPERATOR') throw new AppError('FORBIDDEN', 'For the programme operator', { reason: 'OPERATORS_ONLY' });
    const pairs = await this.deps.db.getRepository(Pair).find({
      relations: { compagnon: true, beneficiary: true, themes: true },
      order: { requestedAt: 'DESC' },
    });
    const followUps = await this.deps.db.getRepository(FollowUp).find();
    const today = parisToday();
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
    const regions = filter.regions?.length ? new Set(filter.regions) : null;
    const themes = filter.themes?.length ? new Set(filter.themes) : null;
    return pairs
      .filter((p) => !statuses || statuses.has(p.status))
      .filter((p) => !regions || regions.has(p.compagnon.region ?? '') || regions.has(p.beneficiary.region ?? ''))
      .filter((p) => !themes || p.themes.some((t) => themes.has(t.code)))
      .map((pair) => {
        const own = followUps.filter((f) => f.pairId === pair.id);
        return {
          pair,
          daysToAcceptance: pair.acceptedAt ? daysBetween(pair.requestedAt, pair.acceptedAt) : null,
          daysFromAcceptanceToVisit:
            pair.acceptedAt && pair.wishedStartDate ? daysBetween(parisDay(pair.acceptedAt), pair.wishedStartDate) : null,
          followUpsDue: own.filter((f) => f.dueOn <= today).length,
          followUpsAnswered: own.filter((f) => f.answer).length,
        };
      });
  }

  /** The same rows as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read accents). */
  async csv(user: User | null, filter: PairsOverviewFilter = {}): Promise<string> {
    const rows = await this.overview(user, filter);
    const header = [
      'id',
      'status',
      'compagnon',
      'compagnon_region',
      'beneficiary',
      'beneficiary_region',
      'themes',
      'requested_at',
      'accepted_at',
      'completed_at',
      'wished_start',
      'wished_end',
      'days_to_acceptance',
      'days_from_acceptance_to_visit',
      'follow_ups_due',
      'follow_ups_answered',
    ];
    const lines = rows.map(({ pair, ...figures }) => [
      pair.id,
      pair.status,
      pair.compagnon.name,
      pair.compagnon.region,
      pair.beneficiary.name,
      pair.beneficiary.region,
      pair.themes.map((t) => t.code).join(' '),
      pair.requestedAt.toISOString(),
      pair.acceptedAt?.toISOString(),
      pair.completedAt?.toISOString(),
      pair.wishedStartDate,
      pair.wishedEndDate,
      figures.daysToAcceptance,
      figures.daysFromAcceptanceToVisit,
      figures.followUpsDue,
      figures.followUpsAnswered,
    ]);
    return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
}

const parisDay = (date: Date) => parisToday(date);

/** Quotes when needed; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
