import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795768381722 implements MigrationInterface {
  name = 'Notifications1795768381722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `notification` (`id` varchar(36) NOT NULL, `recipientId` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `pairId` varchar(36) NOT NULL, `actorId` varchar(36) NULL, `actorName` varchar(80) NULL, `threadId` varchar(36) NULL, `messageId` varchar(36) NULL, `seq` int NULL, `agendaItemId` varchar(36) NULL, `documentId` varchar(36) NULL, `followUpId` varchar(36) NULL, `title` varchar(200) NOT NULL, `excerpt` varchar(300) NOT NULL DEFAULT '', `dedupeKey` varchar(120) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `readAt` datetime NULL, `emailedAt` datetime NULL, UNIQUE INDEX `IDX_0e0a4efa44850566408fa4a1fa` (`dedupeKey`), INDEX `IDX_2b6c323721a50ee7f215397848` (`recipientId`, `readAt`), INDEX `IDX_360625f6b8fc199c3ac496b0f3` (`recipientId`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `notification_preference` (`userId` varchar(36) NOT NULL, `digest` varchar(8) NOT NULL DEFAULT 'DAILY', `emailMentions` tinyint NOT NULL DEFAULT 1, `emailPairStatus` tinyint NOT NULL DEFAULT 1, `emailAgendaSoon` tinyint NOT NULL DEFAULT 1, PRIMARY KEY (`userId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `mail_outbox` (`id` varchar(36) NOT NULL, `dedupeKey` varchar(120) NOT NULL, `recipientId` varchar(36) NOT NULL, `kind` varchar(12) NOT NULL, `notificationId` varchar(36) NULL, `status` varchar(10) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime NOT NULL, `claimedBy` varchar(64) NULL, `claimedUntil` datetime NULL, `lastError` varchar(300) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `sentAt` datetime NULL, UNIQUE INDEX `IDX_d91d31c5553423c192f725e92b` (`dedupeKey`), INDEX `IDX_307b79c3cfa62ec2c3261a2b63` (`notificationId`), INDEX `IDX_4537a362b5e891c5aba08e0c31` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `app_secret` (`name` varchar(40) NOT NULL, `value` varchar(128) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `thread_state` ADD `following` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("CREATE INDEX `IDX_57b4662f2c51fda311fb9313b6` ON `message` (`threadId`, `authorId`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_57b4662f2c51fda311fb9313b6` ON `message`");
    await queryRunner.query("ALTER TABLE `thread_state` DROP COLUMN `following`");
    await queryRunner.query("DROP TABLE `app_secret`");
    await queryRunner.query("DROP INDEX `IDX_4537a362b5e891c5aba08e0c31` ON `mail_outbox`");
    await queryRunner.query("DROP INDEX `IDX_307b79c3cfa62ec2c3261a2b63` ON `mail_outbox`");
    await queryRunner.query("DROP INDEX `IDX_d91d31c5553423c192f725e92b` ON `mail_outbox`");
    await queryRunner.query("DROP TABLE `mail_outbox`");
    await queryRunner.query("DROP TABLE `notification_preference`");
    await queryRunner.query("DROP INDEX `IDX_360625f6b8fc199c3ac496b0f3` ON `notification`");
    await queryRunner.query("DROP INDEX `IDX_2b6c323721a50ee7f215397848` ON `notification`");
    await queryRunner.query("DROP INDEX `IDX_0e0a4efa44850566408fa4a1fa` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
  }
}
