import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Threads1795756534389 implements MigrationInterface {
  name = 'Threads1795756534389';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("CREATE TABLE \"message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"clientId\" varchar(64) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"editedAt\" datetime, \"deletedAt\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8a64d86e501da165bc2c397794\" ON \"message\" (\"authorId\", \"clientId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d818bd568c75799a8c41c7e633\" ON \"message\" (\"threadId\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"thread_state\" (\"threadId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"readSeq\" integer NOT NULL DEFAULT (0), \"muted\" boolean NOT NULL DEFAULT (0), PRIMARY KEY (\"threadId\", \"userId\"))");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("CREATE TABLE \"temporary_thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_df5265332037c05d36f32904b35\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_8072ee5f21f57c40fdb8b9c7104\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_e98c0ce7e64d85e1ae9e948fdf2\" FOREIGN KEY (\"createdById\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\" FROM \"thread\"");
    await queryRunner.query("DROP TABLE \"thread\"");
    await queryRunner.query("ALTER TABLE \"temporary_thread\" RENAME TO \"thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_8a64d86e501da165bc2c397794\"");
    await queryRunner.query("DROP INDEX \"IDX_d818bd568c75799a8c41c7e633\"");
    await queryRunner.query("CREATE TABLE \"temporary_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"clientId\" varchar(64) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"editedAt\" datetime, \"deletedAt\" datetime, CONSTRAINT \"FK_97e5c5b5590c682a6c487816b6b\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_c72d82fa0e8699a141ed6cc41b3\" FOREIGN KEY (\"authorId\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_message\"(\"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\") SELECT \"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\" FROM \"message\"");
    await queryRunner.query("DROP TABLE \"message\"");
    await queryRunner.query("ALTER TABLE \"temporary_message\" RENAME TO \"message\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8a64d86e501da165bc2c397794\" ON \"message\" (\"authorId\", \"clientId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d818bd568c75799a8c41c7e633\" ON \"message\" (\"threadId\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"temporary_thread_state\" (\"threadId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"readSeq\" integer NOT NULL DEFAULT (0), \"muted\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_42460961dd1eb40e8ba038011ca\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_31c6e47670055fb4d7cedc5f930\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"threadId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"temporary_thread_state\"(\"threadId\", \"userId\", \"readSeq\", \"muted\") SELECT \"threadId\", \"userId\", \"readSeq\", \"muted\" FROM \"thread_state\"");
    await queryRunner.query("DROP TABLE \"thread_state\"");
    await queryRunner.query("ALTER TABLE \"temporary_thread_state\" RENAME TO \"thread_state\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"thread_state\" RENAME TO \"temporary_thread_state\"");
    await queryRunner.query("CREATE TABLE \"thread_state\" (\"threadId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"readSeq\" integer NOT NULL DEFAULT (0), \"muted\" boolean NOT NULL DEFAULT (0), PRIMARY KEY (\"threadId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"thread_state\"(\"threadId\", \"userId\", \"readSeq\", \"muted\") SELECT \"threadId\", \"userId\", \"readSeq\", \"muted\" FROM \"temporary_thread_state\"");
    await queryRunner.query("DROP TABLE \"temporary_thread_state\"");
    await queryRunner.query("DROP INDEX \"IDX_d818bd568c75799a8c41c7e633\"");
    await queryRunner.query("DROP INDEX \"IDX_8a64d86e501da165bc2c397794\"");
    await queryRunner.query("ALTER TABLE \"message\" RENAME TO \"temporary_message\"");
    await queryRunner.query("CREATE TABLE \"message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"clientId\" varchar(64) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"editedAt\" datetime, \"deletedAt\" datetime)");
    await queryRunner.query("INSERT INTO \"message\"(\"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\") SELECT \"id\", \"threadId\", \"seq\", \"clientId\", \"authorId\", \"body\", \"createdAt\", \"editedAt\", \"deletedAt\" FROM \"temporary_message\"");
    await queryRunner.query("DROP TABLE \"temporary_message\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d818bd568c75799a8c41c7e633\" ON \"message\" (\"threadId\", \"seq\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8a64d86e501da165bc2c397794\" ON \"message\" (\"authorId\", \"clientId\") ");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("ALTER TABLE \"thread\" RENAME TO \"temporary_thread\"");
    await queryRunner.query("CREATE TABLE \"thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\" FROM \"temporary_thread\"");
    await queryRunner.query("DROP TABLE \"temporary_thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("DROP TABLE \"thread_state\"");
    await queryRunner.query("DROP INDEX \"IDX_d818bd568c75799a8c41c7e633\"");
    await queryRunner.query("DROP INDEX \"IDX_8a64d86e501da165bc2c397794\"");
    await queryRunner.query("DROP TABLE \"message\"");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("DROP TABLE \"thread\"");
  }
}
