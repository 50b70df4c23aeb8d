import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One word of the controlled vocabulary used on pairs, threads, agenda items and documents. */
@ObjectType()
@Entity('theme')
export class Theme {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  labelFr: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  labelEn: string;

  /** `tsf`: the six themes the programme names; `topic`: finer topics. */
  @Field()
  @Column({ type: 'varchar', length: 16 })
  group: string;

  @Column({ type: 'int', default: 0 })
  position: number;
}
