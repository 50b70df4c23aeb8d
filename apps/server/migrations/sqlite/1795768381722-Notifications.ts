import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795768381722 implements MigrationInterface {
  name = 'Notifications1795768381722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"recipientId\" varchar(36) NOT NULL, \"kind\" varchar(24) NOT NULL, \"pairId\" varchar(36) NOT NULL, \"actorId\" varchar(36), \"actorName\" varchar(80), \"threadId\" varchar(36), \"messageId\" varchar(36), \"seq\" integer, \"agendaItemId\" varchar(36), \"documentId\" varchar(36), \"followUpId\" varchar(36), \"title\" varchar(200) NOT NULL, \"excerpt\" varchar(300) NOT NULL DEFAULT (''), \"dedupeKey\" varchar(120), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"readAt\" datetime, \"emailedAt\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0e0a4efa44850566408fa4a1fa\" ON \"notification\" (\"dedupeKey\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2b6c323721a50ee7f215397848\" ON \"notification\" (\"recipientId\", \"readAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_360625f6b8fc199c3ac496b0f3\" ON \"notification\" (\"recipientId\", \"createdAt\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"notification_preference\" (\"userId\" varchar(36) PRIMARY KEY NOT NULL, \"digest\" varchar(8) NOT NULL DEFAULT ('DAILY'), \"emailMentions\" boolean NOT NULL DEFAULT (1), \"emailPairStatus\" boolean NOT NULL DEFAULT (1), \"emailAgendaSoon\" boolean NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE TABLE \"mail_outbox\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"dedupeKey\" varchar(120) NOT NULL, \"recipientId\" varchar(36) NOT NULL, \"kind\" varchar(12) NOT NULL, \"notificationId\" varchar(36), \"status\" varchar(10) NOT NULL, \"attempts\" integer NOT NULL DEFAULT (0), \"nextAttemptAt\" datetime NOT NULL, \"claimedBy\" varchar(64), \"claimedUntil\" datetime, \"lastError\" varchar(300), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"sentAt\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d91d31c5553423c192f725e92b\" ON \"mail_outbox\" (\"dedupeKey\") ");
    await queryRunner.query("CREATE INDEX \"IDX_307b79c3cfa62ec2c3261a2b63\" ON \"mail_outbox\" (\"notificationId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4537a362b5e891c5aba08e0c31\" ON \"mail_outbox\" (\"status\", \"nextAttemptAt\") ");
    await queryRunner.query("CREATE TABLE \"app_secret\" (\"name\" varchar(40) PRIMARY KEY NOT NULL, \"value\" varchar(128) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"temporary_thread_state\" (\"threadId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"readSeq\" integer NOT NULL DEFAULT (0), \"muted\" boolean NOT NULL DEFAULT (0), \"following\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_31c6e47670055fb4d7cedc5f930\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_42460961dd1eb40e8ba038011ca\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"threadId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"temporary_thread_state\"(\"threadId\", \"userId\", \"readSeq\", \"muted\") SELECT \"threadId\", \"userId\", \"readSeq\", \"muted\" FROM \"thread_state\"");
    await queryRunner.query("DROP TABLE \"thread_state\"");
    await queryRunner.query("ALTER TABLE \"temporary_thread_state\" RENAME TO \"thread_state\"");
    await queryRunner.query("CREATE INDEX \"IDX_57b4662f2c51fda311fb9313b6\" ON \"message\" (\"threadId\", \"authorId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_57b4662f2c51fda311fb9313b6\"");
    await queryRunner.query("ALTER TABLE \"thread_state\" RENAME TO \"temporary_thread_state\"");
    await queryRunner.query("CREATE TABLE \"thread_state\" (\"threadId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"readSeq\" integer NOT NULL DEFAULT (0), \"muted\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_31c6e47670055fb4d7cedc5f930\" FOREIGN KEY (\"userId\") REFERENCES \"user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_42460961dd1eb40e8ba038011ca\" FOREIGN KEY (\"threadId\") REFERENCES \"thread\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"threadId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"thread_state\"(\"threadId\", \"userId\", \"readSeq\", \"muted\") SELECT \"threadId\", \"userId\", \"readSeq\", \"muted\" FROM \"temporary_thread_state\"");
    await queryRunner.query("DROP TABLE \"temporary_thread_state\"");
    await queryRunner.query("DROP TABLE \"app_secret\"");
    await queryRunner.query("DROP INDEX \"IDX_4537a362b5e891c5aba08e0c31\"");
    await queryRunner.query("DROP INDEX \"IDX_307b79c3cfa62ec2c3261a2b63\"");
    await queryRunner.query("DROP INDEX \"IDX_d91d31c5553423c192f725e92b\"");
    await queryRunner.query("DROP TABLE \"mail_outbox\"");
    await queryRunner.query("DROP TABLE \"notification_preference\"");
    await queryRunner.query("DROP INDEX \"IDX_360625f6b8fc199c3ac496b0f3\"");
    await queryRunner.query("DROP INDEX \"IDX_2b6c323721a50ee7f215397848\"");
    await queryRunner.query("DROP INDEX \"IDX_0e0a4efa44850566408fa4a1fa\"");
    await queryRunner.query("DROP TABLE \"notification\"");
  }
}
