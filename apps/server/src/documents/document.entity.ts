import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { DOCUMENT_KINDS, type DocumentKind } from '@tandem/shared';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';

export const DocumentKindEnum = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, k])) as {
  [K in DocumentKind]: K;
};
registerEnumType(DocumentKindEnum, { name: 'DocumentKind', description: 'FILE (uploaded) or NOTE (markdown written in Tandem)' });

/** A file or a note shared in a pair's space; its content lives in its versions. */
@ObjectType()
@Entity('document')
@Index(['pairId', 'updatedAt'])
export class Document {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @RefColumn()
  pairId: string;

  @ManyToOne(() => Pair, { onDelete: 'CASCADE' })
  pair: Relation<Pair>;

  @Field(() => DocumentKindEnum)
  @Column({ type: 'varchar', length: 8 })
  kind: DocumentKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @RefColumn({ nullable: true, length: 64 })
  themeCode: string | null;

  @Field(() => Theme, { nullable: true })
  @ManyToOne(() => Theme, { nullable: true, onDelete: 'SET NULL' })
  theme: Relation<Theme> | null;

  /** Number of the latest version; a note's save must name it (optimistic concurrency). */
  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @RefColumn()
  createdById: string;

  @CreatedAtColumn()
  @Field()
  createdAt: Date;

  @Field()
  @DateColumn()
  updatedAt: Date;
}

/** One immutable version: a stored file (FILE) or a markdown text (NOTE). */
@ObjectType()
@Entity('document_version')
@Index(['documentId', 'number'], { unique: true })
@Index(['authorId', 'createdAt'])
export class DocumentVersion {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @RefColumn()
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Relation<Document>;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @RefColumn()
  authorId: string;

  @Field(() => User)
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  author: Relation<User>;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  /** Generated storage key; the person's file name is never part of it. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  storageKey: string | null;

  @Field(() => String, { nullable: true, description: 'Cleaned file name (FILE only)' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'Allow-listed type decided from the content bytes' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  mimeType: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  sizeBytes: number;

  @Field(() => String, { nullable: true, description: 'Markdown text (NOTE only)' })
  @Column({ type: 'text', nullable: true })
  body: string | null;
}
