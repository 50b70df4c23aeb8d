import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Pair } from '../pairs/pair.entity.js';

@Resolver(() => Pair)
export class PairExportResolver {
  @FieldResolver(() => Boolean, {
    description: 'The signed-in person may download the whole space as an archive (GET /api/pairs/:id/export.zip).',
  })
  viewerCanExport(@Root() pair: Pair, @Ctx() ctx: Context): boolean {
    return ctx.services.exports.canExport(ctx.user, pair);
  }
}
