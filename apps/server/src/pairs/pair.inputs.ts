import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Ptce } from '../directory/ptce.entity.js';
import { RoleEnum } from '../identity/user.entity.js';
import { PairSideEnum } from './lesson.entity.js';
import { Pair, PairStatusEnum } from './pair.entity.js';
import type { PairSide, PairStatus, Role } from '@tandem/shared';

@ObjectType()
export class PairActivity {
  @Field({ description: 'REQUESTED, STATUS_CHANGED, LESSON_SAVED, FOLLOW_UP_ANSWERED (more arrive with threads and documents)' })
  type: string;

  @Field(() => ID)
  pairId: string;

  @Field(() => Pair, { nullable: true })
  pair: Pair | null;
}

@InputType()
export class RequestTsfInput {
  @Field(() => ID, { description: 'The Compagnon PTCE asked to host.' })
  compagnonId: string;

  @Field(() => [String], { description: 'Theme codes from `themes`.' })
  themes: string[];

  @Field({ description: 'Why, what you hope for (plain text).' })
  message: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the past' })
  wishedStartDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the start' })
  wishedEndDate?: string | null;
}

@InputType()
export class SaveLessonInput {
  @Field(() => ID)
  pairId: string;

  @Field({ description: 'One of the themes of the pair.' })
  themeCode: string;

  @Field()
  learned: string;

  @Field()
  nextStep: string;

  @Field(() => String, { nullable: true })
  nextStepOwner?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  nextStepDue?: string | null;

  @Field(() => ID, { nullable: true, description: 'A note of the pair to link; none when absent or empty.' })
  noteId?: string | null;
}

@InputType()
export class PairsOverviewFilter {
  @Field(() => [PairStatusEnum], { nullable: true })
  statuses?: PairStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Region of either PTCE' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes; a pair matches when it has one of them' })
  themes?: string[] | null;
}

/** One person of the pair's space. */
@ObjectType()
export class PairMember {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => PairSideEnum)
  side: PairSide;
}

@ObjectType()
export class OperatorContact {
  @Field()
  displayName: string;

  @Field()
  email: string;
}

/** What the signed-in person needs to ask for a TSF, or to learn why they cannot yet. */
@ObjectType()
export class TsfRequestOptions {
  @Field()
  canRequest: boolean;

  @Field(() => String, { nullable: true, description: 'NO_PTCE, NOT_COORDINATOR or NOT_ELIGIBLE when canRequest is false' })
  reason: string | null;

  @Field(() => Ptce, { nullable: true })
  ptce: Ptce | null;

  @Field(() => [Ptce], { description: 'Compagnon PTCEs one may ask (not one’s own).' })
  compagnons: Ptce[];

  @Field(() => [OperatorContact], { description: 'Whom to contact about eligibility.' })
  operators: OperatorContact[];
}

/** The operator's figures for one pair. */
@ObjectType()
export class PairOverviewRow {
  @Field(() => Pair)
  pair: Pair;

  @Field(() => Int, { nullable: true })
  daysToAcceptance: number | null;

  @Field(() => Int, { nullable: true, description: 'From acceptance to the first wished day of the visit' })
  daysFromAcceptanceToVisit: number | null;

  @Field(() => Int)
  followUpsDue: number;

  @Field(() => Int)
  followUpsAnswered: number;
}
