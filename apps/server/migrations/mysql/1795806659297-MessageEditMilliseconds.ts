import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Edits and deletions to the millisecond: two edits within one second no longer tie (see Message.editedAt). */
export class MessageEditMilliseconds1795806659297 implements MigrationInterface {
  name = 'MessageEditMilliseconds1795806659297';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One ALTER, so one copy of the table (0.2 s for 19,000 messages on this machine), not one per column.
    await queryRunner.query(
      "ALTER TABLE `message` CHANGE `editedAt` `editedAt` datetime(3) NULL, CHANGE `deletedAt` `deletedAt` datetime(3) NULL",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `message` CHANGE `deletedAt` `deletedAt` datetime(0) NULL");
    await queryRunner.query("ALTER TABLE `message` CHANGE `editedAt` `editedAt` datetime(0) NULL");
  }
}
