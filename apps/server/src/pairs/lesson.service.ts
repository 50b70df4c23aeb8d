import { PAIR_LIMITS, isIsoDay, parisToday } from '@tandem/shared';
import { AppError, badInput, notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import type { User } from '../identity/user.entity.js';
import { linkableNoteId } from '../documents/note-link.js';
import { FollowUp } from './follow-up.entity.js';
import { Lesson } from './lesson.entity.js';
import type { SaveLessonInput } from './pair.inputs.js';
import type { PairService } from './pair.service.js';
import { cleanText, isUniqueViolation, publishPairChange } from './pair.shared.js';
import { sideOf } from './pair.transitions.js';

const operatorsRead = () =>
  new AppError('FORBIDDEN', 'The operator reads the lessons; the two PTCEs write them', { reason: 'PAIR_MEMBERS_ONLY' });

/** Lessons (capitalisation) and follow-up check-ins: written by the people of the two PTCEs, kept. */
export class LessonService {
  constructor(
    private readonly deps: Deps,
    private readonly pairs: PairService,
  ) {}

  /** Writes (or rewrites) what the person's side learned on one theme of a completed pair. */
  async save(user: User | null, input: SaveLessonInput): Promise<Lesson> {
    if (!user) throw unauthenticated();
    const pair = await this.pairs.visiblePair(user, input.pairId);
    const side = sideOf(user, pair);
    if (!side) throw operatorsRead();
    if (pair.status !== 'COMPLETED')
      throw badInput('Lessons are written once the TSF is completed', { reason: 'PAIR_NOT_COMPLETED' });
    if (!pair.themes.some((t) => t.code === input.themeCode))
      throw badInput('Not a theme of this pair', { reason: 'THEME_NOT_IN_PAIR' });
    const learned = cleanText(input.learned);
    const nextStep = cleanText(input.nextStep);
    const owner = cleanText(input.nextStepOwner ?? '') || null;
    const due = input.nextStepDue || null;
    if (!learned && !nextStep) throw badInput('Write what you learned or what comes next', { reason: 'LESSON_EMPTY' });
    if (learned.length > PAIR_LIMITS.lessonTextMaxLength || nextStep.length > PAIR_LIMITS.nextStepMaxLength) {
      throw badInput('Text too long', { reason: 'TEXT_TOO_LONG' });
    }
    if (owner && owner.length > PAIR_LIMITS.ownerMaxLength) throw badInput('Name too long', { reason: 'TEXT_TOO_LONG' });
    if (due && !isIsoDay(due)) throw badInput('Not a date', { reason: 'INVALID_DATE' });

    const noteId = await linkableNoteId(this.deps.db.manager, pair.id, input.noteId);

    const repo = this.deps.db.getRepository(Lesson);
    const existing = await repo.findOneBy({ pairId: pair.id, themeCode: input.themeCode, side });
    // A new due date is in the future; one saved earlier may since have passed and is kept as is.
    if (due && due !== existing?.nextStepDue && due < parisToday()) {
      throw badInput('The due date is in the past', { reason: 'DATE_IN_PAST' });
    }
    const lesson = existing ?? repo.create({ pairId: pair.id, themeCode: input.themeCode, side });
    Object.assign(lesson, {
      learned,
      nextStep,
      nextStepOwner: owner,
      nextStepDue: due,
      noteId,
      authorId: user.id,
      authorName: user.displayName,
      updatedAt: new Date(),
    });
    try {
      await repo.save(lesson);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', 'Someone of your side wrote it meanwhile', { reason: 'LESSON_EXISTS' });
      throw error;
    }
    await publishPairChange(this.deps, pair, 'LESSON_SAVED');
    return (await repo.findOne({ where: { id: lesson.id }, relations: { note: true } }))!;
  }

  /** Answers an open check-in ("où en êtes-vous ?"); either side may answer or complete the answer. */
  async answerFollowUp(user: User | null, followUpId: string, answerText: string): Promise<FollowUp> {
    if (!user) throw unauthenticated();
    const repo = this.deps.db.getRepository(FollowUp);
    const followUp = await repo.findOneBy({ id: followUpId });
    if (!followUp) throw notFound('Follow-up not found');
    const pair = await this.pairs.visiblePair(user, followUp.pairId);
    if (!sideOf(user, pair)) throw operatorsRead();
    if (!followUp.isDue) throw badInput('This check-in is not open yet', { reason: 'FOLLOW_UP_NOT_DUE' });
    const answer = cleanText(answerText);
    if (!answer) throw badInput('Write an answer', { reason: 'ANSWER_REQUIRED' });
    if (answer.length > PAIR_LIMITS.followUpAnswerMaxLength) throw badInput('Answer too long', { reason: 'TEXT_TOO_LONG' });
    Object.assign(followUp, { answer, answeredById: user.id, answeredByName: user.displayName, answeredAt: new Date() });
    await repo.save(followUp);
    await publishPairChange(this.deps, pair, 'FOLLOW_UP_ANSWERED');
    return followUp;
  }
}
