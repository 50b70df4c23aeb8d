import { departmentByCode } from '@tandem/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import {
  CompagnonSuggestion,
  Department,
  DepartmentCount,
  DirectoryImportResult,
  PtceConnection,
  PtceFilter,
  PtceInput,
  PtcePerson,
} from './directory.inputs.js';
import { PtceMember } from './ptce-member.entity.js';
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

  @Query(() => PtceConnection, { description: 'The directory, in name order, page by page (public).' })
  ptces(
    @Ctx() ctx: Context,
    @Arg('filter', () => PtceFilter, { nullable: true }) filter?: PtceFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PtceConnection> {
    return ctx.services.directory.ptces(filter, first, after);
  }

  @Query(() => [CompagnonSuggestion], {
    description: 'Compagnons ranked for these themes and this département, with the reasons.',
  })
  compagnonSuggestions(
    @Ctx() ctx: Context,
    @Arg('themes', () => [String]) themes: string[],
    @Arg('department', () => String, { nullable: true }) department?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first?: number,
  ): Promise<CompagnonSuggestion[]> {
    return ctx.services.directory.compagnonSuggestions(ctx.user, themes, department, first);
  }

  @Query(() => String, { description: 'The directory as CSV, with the columns of the seed file (operators).' })
  directoryCsv(@Ctx() ctx: Context): Promise<string> {
    return ctx.services.directory.exportCsv(ctx.user);
  }

  @Mutation(() => Ptce, { description: 'Operators: add a PTCE and its member structures.' })
  createPtce(@Arg('input', () => PtceInput) input: PtceInput, @Ctx() ctx: Context): Promise<Ptce> {
    return ctx.services.directory.createPtce(ctx.user, input);
  }

  @Mutation(() => Ptce, { description: 'Operators: edit a PTCE; its member structures are replaced by the given list.' })
  updatePtce(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PtceInput) input: PtceInput,
    @Ctx() ctx: Context,
  ): Promise<Ptce> {
    return ctx.services.directory.updatePtce(ctx.user, id, input);
  }

  @Mutation(() => DirectoryImportResult, {
    description: 'Operators: import a CSV of the seed columns, all or nothing; bad rows are listed in extensions.rowErrors.',
  })
  importDirectoryCsv(@Arg('csv') csv: string, @Ctx() ctx: Context): Promise<DirectoryImportResult> {
    return ctx.services.directory.importCsv(ctx.user, csv);
  }
}

@Resolver(() => Ptce)
export class PtceFieldsResolver {
  @FieldResolver(() => [Theme])
  themes(@Root() ptce: Ptce, @Ctx() ctx: Context): Promise<Theme[]> | Theme[] {
    return ptce.themes ?? ctx.services.directory.themesOf(ptce.id);
  }

  @FieldResolver(() => [Department], { description: 'The départements with their names and regions' })
  departmentDetails(@Root() ptce: Ptce): Department[] {
    return ptce.departments.map((code) => {
      const d = departmentByCode(code);
      return { code, name: d?.name ?? code, region: d?.region ?? ptce.region ?? '' };
    });
  }

  @FieldResolver(() => [PtceMember], { description: 'Member structures' })
  members(@Root() ptce: Ptce, @Ctx() ctx: Context): Promise<PtceMember[]> {
    return ctx.services.directory.membersOf(ptce.id);
  }

  @FieldResolver(() => Int, { description: 'TSFs (active or completed) it took part in, as Compagnon or beneficiary' })
  tsfCount(@Root() ptce: Ptce, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.directory.tsfCount(ptce.id);
  }

  @FieldResolver(() => [PtcePerson], { nullable: true, description: 'People of the pôle: null when not signed in' })
  people(@Root() ptce: Ptce, @Ctx() ctx: Context): Promise<PtcePerson[] | null> {
    return ctx.services.directory.peopleOf(ctx.user, ptce.id);
  }

  @FieldResolver(() => [String], { description: 'Public pages the facts come from' })
  sources(@Root() ptce: Ptce): string[] {
    return (ptce.sources ?? '')
      .split(/\s;\s|\s+(?=https?:)/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Facts still to verify; never to be shown as fact' })
  uncertain(@Root() ptce: Ptce): string | null {
    return ptce.uncertain;
  }
}

@Resolver(() => PtceConnection)
export class PtceConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: PtceConnection, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.directory.countPtces(connection.filterKey);
  }

  @FieldResolver(() => [DepartmentCount], {
    description: 'PTCEs per département under every filter but départements and regions',
  })
  departmentCounts(@Root() connection: PtceConnection, @Ctx() ctx: Context): Promise<DepartmentCount[]> {
    return ctx.services.directory.departmentCounts(connection.filterKey);
  }
}
