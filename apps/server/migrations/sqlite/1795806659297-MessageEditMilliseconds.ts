import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Edits and deletions to the millisecond (MySQL/MariaDB): SQLite already kept them; its table is rebuilt for the declared type. */
export class MessageEditMilliseconds1795806659297 implements MigrationInterface {
  name = 'MessageEditMilliseconds1795806659297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_57b4662f2c51fda311fb9313b6\"");
    await queryRunner.query("DROP INDEX \"IDX_d818bd568c75799a8c41c7e633\"");
    await queryRunner.query("DROP INDEX \"IDX_8a64d86e501da165bc2c397794\"");
    await queryRunner.query("CREATE TABLE \"temporary_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"clientId\" varchar(64) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"editedAt\" datetime(3), \"deletedAt\" datetime(3), CONSTRAINT \"FK_c72d82fa0e8699a141ed6cc41b3\" FOREIGN KEY (\"authorId\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_97e5c5b5590c682a6c487816b6b\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_message\"(\"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\") SELECT \"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\" FROM \"message\"");
    await queryRunner.query("DROP TABLE \"message\"");
    await queryRunner.query("ALTER TABLE \"temporary_message\" RENAME TO \"message\"");
    await queryRunner.query("CREATE INDEX \"IDX_57b4662f2c51fda311fb9313b6\" ON \"message\" (\"threadId\", \"authorId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d818bd568c75799a8c41c7e633\" ON \"message\" (\"threadId\", \"seq\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8a64d86e501da165bc2c397794\" ON \"message\" (\"authorId\", \"clientId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8a64d86e501da165bc2c397794\"");
    await queryRunner.query("DROP INDEX \"IDX_d818bd568c75799a8c41c7e633\"");
    await queryRunner.query("DROP INDEX \"IDX_57b4662f2c51fda311fb9313b6\"");
    await queryRunner.query("ALTER TABLE \"message\" RENAME TO \"temporary_message\"");
    await queryRunner.query("CREATE TABLE \"message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"clientId\" varchar(64) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"editedAt\" datetime, \"deletedAt\" datetime, CONSTRAINT \"FK_c72d82fa0e8699a141ed6cc41b3\" FOREIGN KEY (\"authorId\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_97e5c5b5590c682a6c487816b6b\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"message\"(\"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\") SELECT \"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\" FROM \"temporary_message\"");
    await queryRunner.query("DROP TABLE \"temporary_message\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8a64d86e501da165bc2c397794\" ON \"message\" (\"authorId\", \"clientId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d818bd568c75799a8c41c7e633\" ON \"message\" (\"threadId\", \"seq\") ");
    await queryRunner.query("CREATE INDEX \"IDX_57b4662f2c51fda311fb9313b6\" ON \"message\" (\"threadId\", \"authorId\") ");
  }
}
