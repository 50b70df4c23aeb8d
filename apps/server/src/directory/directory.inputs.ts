import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { MemberKindEnum, type MemberKind } from './ptce-member.entity.js';
import { Ptce } from './ptce.entity.js';

@InputType({ description: 'Every criterion narrows the list; values inside one list are alternatives.' })
export class PtceFilter {
  @Field(() => String, { nullable: true, description: 'Accent- and case-insensitive; name, carrier, town, summary' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes: PTCEs with at least one of them' })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'INSEE codes of départements' })
  departments?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Region names, as in `Ptce.region`' })
  regions?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  compagnonOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  eligibleOnly?: boolean | null;
}

@ObjectType()
export class PtceEdge {
  @Field()
  cursor: string;

  @Field(() => Ptce)
  node: Ptce;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class PtceConnection {
  @Field(() => [PtceEdge])
  edges: PtceEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Resolved on demand (PtceConnectionResolver.totalCount) with the same filter. */
  filterKey: unknown;
}

@ObjectType({ description: 'How many PTCEs of the filtered directory sit in one département (for the map).' })
export class DepartmentCount {
  @Field()
  code: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class Department {
  @Field({ description: 'INSEE code' })
  code: string;

  @Field()
  name: string;

  @Field()
  region: string;
}

@ObjectType({ description: 'A person of a PTCE, shown to signed-in users only.' })
export class PtcePerson {
  @Field()
  displayName: string;

  @Field()
  role: string;

  @Field()
  email: string;
}

@ObjectType({ description: 'Why a Compagnon is suggested: a stable code and its parameters, for any language.' })
export class SuggestionReason {
  @Field({
    description:
      'THEMES_IN_COMMON (theme codes), HOSTED_ON_THEMES (count, theme codes…), HOSTED_TSF (count), SAME_DEPARTMENT, NEIGHBOURING_DEPARTMENT (département code), SAME_REGION (region)',
  })
  code: string;

  @Field(() => [String])
  params: string[];

  @Field({ description: 'The reason in French' })
  text: string;
}

@ObjectType()
export class CompagnonSuggestion {
  @Field(() => Ptce)
  ptce: Ptce;

  @Field(() => Float)
  score: number;

  @Field(() => [String], { description: 'The reasons in French, strongest first' })
  reasons: string[];

  @Field(() => [SuggestionReason])
  reasonDetails: SuggestionReason[];
}

@InputType()
export class PtceMemberInput {
  @Field()
  name: string;

  @Field(() => MemberKindEnum)
  kind: MemberKind;

  @Field(() => String, { nullable: true })
  town?: string | null;
}

@InputType()
export class PtceInput {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  carrier?: string | null;

  @Field(() => String, { nullable: true })
  town?: string | null;

  @Field(() => [String])
  departments: string[];

  @Field(() => String, { nullable: true, description: 'Defaults to the region of the first département' })
  region?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [String])
  themes: string[];

  @Field(() => Int, { nullable: true })
  labelledYear?: number | null;

  @Field()
  amiLaureate2021: boolean;

  @Field()
  charterSignatory: boolean;

  @Field()
  isCompagnon: boolean;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => [PtceMemberInput])
  members: PtceMemberInput[];
}

@ObjectType()
export class DirectoryImportResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;
}
