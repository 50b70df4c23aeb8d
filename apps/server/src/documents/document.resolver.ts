import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Pair } from '../pairs/pair.entity.js';
import { Document, DocumentVersion } from './document.entity.js';
import { CreateNoteInput, DocumentFilter, UpdateNoteInput } from './document.inputs.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Document> {
    return ctx.services.documents.visibleDocument(ctx.user, id);
  }

  @Mutation(() => Document, { description: 'A new markdown note in the pair space (version 1).' })
  createNote(@Arg('input', () => CreateNoteInput) input: CreateNoteInput, @Ctx() ctx: Context): Promise<Document> {
    return ctx.services.documents.createNote(ctx.user, input);
  }

  @Mutation(() => Document, { description: 'Saves a note as a new version; a stale expectedVersion answers CONFLICT.' })
  updateNote(@Arg('input', () => UpdateNoteInput) input: UpdateNoteInput, @Ctx() ctx: Context): Promise<Document> {
    return ctx.services.documents.updateNote(ctx.user, input);
  }

  @FieldResolver(() => [DocumentVersion], { description: 'Newest first' })
  versions(@Root() document: Document, @Ctx() ctx: Context): Promise<DocumentVersion[]> {
    return ctx.services.documents.versions(document);
  }

  @FieldResolver(() => DocumentVersion, { nullable: true })
  latest(@Root() document: Document, @Ctx() ctx: Context): Promise<DocumentVersion | null> {
    return ctx.services.documents.latestVersion(document);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => String, { description: 'Where the browser downloads this version (same origin, session cookie)' })
  downloadUrl(@Root() version: DocumentVersion): string {
    return `/api/documents/${version.documentId}/versions/${version.number}`;
  }
}

@Resolver(() => Pair)
export class PairDocumentsResolver {
  @FieldResolver(() => [Document], { description: 'Files and notes of the pair, last changed first' })
  documents(
    @Root() pair: Pair,
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Document[]> {
    return ctx.services.documents.list(ctx.user, pair.id, filter ?? {});
  }
}
