import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Ptce } from '../directory/ptce.entity.js';
import { AcceptInvitationInput, InvitationPreview, InviteMemberInput } from './identity.inputs.js';
import { Invitation } from './invitation.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class IdentityResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @FieldResolver(() => Ptce, { nullable: true })
  ptce(@Root() user: User, @Ctx() ctx: Context): Promise<Ptce | null> {
    return ctx.services.identity.findPtceOf(user);
  }

  @Mutation(() => User, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async logIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<User> {
    const signedIn = await ctx.services.identity.logIn(email, password, ctx.ip);
    ctx.cookies?.setSession(signedIn.token, signedIn.session.expiresAt);
    return signedIn.user;
  }

  @Mutation(() => Boolean, { description: 'Ends the session on the server and closes its sockets.' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.identity.logOut(ctx.session);
    ctx.cookies?.clearSession();
    return true;
  }

  @Mutation(() => User)
  setLocale(@Arg('locale') locale: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.identity.setLocale(ctx.user, locale);
  }

  @Mutation(() => Invitation, { description: 'Emails a single-use link (valid 7 days) to join a PTCE.' })
  inviteMember(@Arg('input') input: InviteMemberInput, @Ctx() ctx: Context): Promise<Invitation> {
    return ctx.services.identity.invite(ctx.user, input);
  }

  @Query(() => InvitationPreview)
  async invitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    const invitation = await ctx.services.identity.previewInvitation(token);
    return {
      email: invitation.email,
      role: invitation.role,
      ptce: invitation.ptce,
      invitedByName: invitation.invitedBy.displayName,
      expiresAt: invitation.expiresAt,
    };
  }

  @Mutation(() => User, { description: 'Creates the account of an invitation and signs in.' })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<User> {
    const signedIn = await ctx.services.identity.acceptInvitation(input);
    ctx.cookies?.setSession(signedIn.token, signedIn.session.expiresAt);
    return signedIn.user;
  }
}
