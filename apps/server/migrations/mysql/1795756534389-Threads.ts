import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Threads1795756534389 implements MigrationInterface {
  name = 'Threads1795756534389';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `thread` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `title` varchar(160) NOT NULL, `themeCode` varchar(64) NULL, `createdById` varchar(36) NOT NULL, `lastSeq` int NOT NULL DEFAULT '0', `lastActivityAt` datetime NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_f5377e028df3bd0ea80ebc927b` (`pairId`, `lastActivityAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `message` (`id` varchar(36) NOT NULL, `threadId` varchar(36) NOT NULL, `seq` int NOT NULL, `clientId` varchar(64) NOT NULL, `authorId` varchar(36) NOT NULL, `body` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `editedAt` datetime NULL, `deletedAt` datetime NULL, UNIQUE INDEX `IDX_8a64d86e501da165bc2c397794` (`authorId`, `clientId`), UNIQUE INDEX `IDX_d818bd568c75799a8c41c7e633` (`threadId`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `thread_state` (`threadId` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `readSeq` int NOT NULL DEFAULT '0', `muted` tinyint NOT NULL DEFAULT 0, PRIMARY KEY (`threadId`, `userId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `thread` ADD CONSTRAINT `FK_df5265332037c05d36f32904b35` FOREIGN KEY (`pairId`) REFERENCES `pair`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `thread` ADD CONSTRAINT `FK_8072ee5f21f57c40fdb8b9c7104` FOREIGN KEY (`themeCode`) REFERENCES `theme`(`code`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `thread` ADD CONSTRAINT `FK_e98c0ce7e64d85e1ae9e948fdf2` FOREIGN KEY (`createdById`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `message` ADD CONSTRAINT `FK_97e5c5b5590c682a6c487816b6b` FOREIGN KEY (`threadId`) REFERENCES `thread`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `message` ADD CONSTRAINT `FK_c72d82fa0e8699a141ed6cc41b3` FOREIGN KEY (`authorId`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `thread_state` ADD CONSTRAINT `FK_42460961dd1eb40e8ba038011ca` FOREIGN KEY (`threadId`) REFERENCES `thread`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `thread_state` ADD CONSTRAINT `FK_31c6e47670055fb4d7cedc5f930` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `thread_state` DROP FOREIGN KEY `FK_31c6e47670055fb4d7cedc5f930`");
    await queryRunner.query("ALTER TABLE `thread_state` DROP FOREIGN KEY `FK_42460961dd1eb40e8ba038011ca`");
    await queryRunner.query("ALTER TABLE `message` DROP FOREIGN KEY `FK_c72d82fa0e8699a141ed6cc41b3`");
    await queryRunner.query("ALTER TABLE `message` DROP FOREIGN KEY `FK_97e5c5b5590c682a6c487816b6b`");
    await queryRunner.query("ALTER TABLE `thread` DROP FOREIGN KEY `FK_e98c0ce7e64d85e1ae9e948fdf2`");
    await queryRunner.query("ALTER TABLE `thread` DROP FOREIGN KEY `FK_8072ee5f21f57c40fdb8b9c7104`");
    await queryRunner.query("ALTER TABLE `thread` DROP FOREIGN KEY `FK_df5265332037c05d36f32904b35`");
    await queryRunner.query("DROP TABLE `thread_state`");
    await queryRunner.query("DROP INDEX `IDX_d818bd568c75799a8c41c7e633` ON `message`");
    await queryRunner.query("DROP INDEX `IDX_8a64d86e501da165bc2c397794` ON `message`");
    await queryRunner.query("DROP TABLE `message`");
    await queryRunner.query("DROP INDEX `IDX_f5377e028df3bd0ea80ebc927b` ON `thread`");
    await queryRunner.query("DROP TABLE `thread`");
  }
}
