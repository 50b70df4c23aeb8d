import { Field, ID, InputType, Int } from 'type-graphql';
import { DocumentKindEnum } from './document.entity.js';
import type { DocumentKind } from '@tandem/shared';

@InputType()
export class DocumentFilter {
  @Field(() => DocumentKindEnum, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true })
  themeCode?: string | null;
}

@InputType()
export class CreateNoteInput {
  @Field(() => ID)
  pairId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  themeCode?: string | null;

  @Field()
  body: string;
}

@InputType()
export class UpdateNoteInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the person edited; a newer one on the server answers CONFLICT' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field()
  body: string;
}
