import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinTable, ManyToMany, type Relation } from 'typeorm';
import { foldForSearch } from '@tandem/shared';
import { CreatedAtColumn, IdColumn, newId } from '../core/columns.js';
import { Theme } from './theme.entity.js';

/** The département codes of a `departmentCodes` column (`;`-separated, as the seed CSV writes them). */
export const departmentList = (codes: string | null): string[] => (codes ? codes.split(';').filter(Boolean) : []);

/** A Pôle Territorial de Coopération Économique of the directory. */
@ObjectType()
@Entity('ptce')
@Index('IDX_ptce_sort', ['sortKey', 'id'])
export class Ptce {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Structure porteuse. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  town: string | null;

  /** INSEE codes of the départements, `;`-separated (a PTCE may straddle two). */
  @Column({ type: 'varchar', length: 64, default: '' })
  departmentCodes: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  labelledYear: number | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  amiLaureate2021: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  charterSignatory: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  isCompagnon: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** Public pages the facts come from. */
  @Column({ type: 'text', nullable: true })
  sources: string | null;

  /** Facts still to verify ("à vérifier"); never shown as fact. */
  @Column({ type: 'text', nullable: true })
  uncertain: string | null;

  @ManyToMany(() => Theme)
  @JoinTable({ name: 'ptce_theme', joinColumn: { name: 'ptceId' }, inverseJoinColumn: { name: 'themeCode' } })
  themes: Relation<Theme[]>;

  @CreatedAtColumn()
  createdAt: Date;

  /** Folded name (see foldForSearch): the directory's order, and the keyset of its cursors. */
  @Column({ type: 'varchar', length: 200, default: '' })
  sortKey: string;

  /** Folded name, carrier, town and summary: searched with LIKE, the same way on SQLite and MySQL. */
  @Column({ type: 'text', nullable: true })
  searchText: string | null;

  /** Synthetic rows (benchmarks) are marked so they can never pass for real PTCEs. */
  @Column({ type: 'boolean', default: false })
  synthetic: boolean;

  // Kept in step on every save (service, seed, factories), so search never sees a stale row.
  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchColumns(): void {
    this.sortKey = foldForSearch(this.name ?? '').slice(0, 200);
    this.searchText = [this.name, this.carrier, this.town, this.summary]
      .filter(Boolean)
      .map((part) => foldForSearch(part!))
      .join(' | ');
  }

  @Field(() => [String], { description: 'INSEE codes of the départements' })
  get departments(): string[] {
    return departmentList(this.departmentCodes);
  }

  /** DESIGN §3: laureate of the AMI 2021 or signatory of the updated charter. */
  @Field()
  get eligibleForTsf(): boolean {
    return this.amiLaureate2021 || this.charterSignatory;
  }
}
