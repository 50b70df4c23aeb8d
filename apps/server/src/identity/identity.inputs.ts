import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Role } from '@tandem/shared';
import { Ptce } from '../directory/ptce.entity.js';
import { RoleEnum } from './user.entity.js';

@InputType()
export class InviteMemberInput {
  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Operators name the PTCE; coordinators invite to their own.' })
  ptceId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field()
  displayName: string;

  @Field()
  password: string;
}

@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Ptce)
  ptce: Ptce;

  @Field()
  invitedByName: string;

  @Field()
  expiresAt: Date;
}
