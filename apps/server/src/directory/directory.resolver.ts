import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Ptce } from './ptce.entity.js';
import { Theme } from './theme.entity.js';

@Resolver(() => Ptce)
export class DirectoryResolver {
  @Query(() => [Theme], { description: 'The controlled vocabulary of themes.' })
  themes(@Ctx() ctx: Context): Promise<Theme[]> {
    return ctx.services.directory.themes();
  }

  @Query(() => Ptce, { nullable: true })
  ptce(@Arg('slug') slug: string, @Ctx() ctx: Context): Promise<Ptce | null> {
    return ctx.services.directory.ptceBySlug(slug);
  }
}

@Resolver(() => Ptce)
export class PtceFieldsResolver {
  @FieldResolver(() => [Theme])
  themes(@Root() ptce: Ptce, @Ctx() ctx: Context): Promise<Theme[]> | Theme[] {
    return ptce.themes ?? ctx.services.directory.themesOf(ptce.id);
  }
}
