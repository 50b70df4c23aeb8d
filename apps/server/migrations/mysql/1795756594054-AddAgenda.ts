import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAgenda1795756594054 implements MigrationInterface {
  name = 'AddAgenda1795756594054';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `agenda_item` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `version` int NOT NULL, `day` varchar(10) NOT NULL, `startTime` varchar(5) NOT NULL, `endTime` varchar(5) NOT NULL, `title` varchar(160) NOT NULL, `kind` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `themeCode` varchar(64) NULL, `location` varchar(300) NULL, `notes` text NOT NULL, `questions` text NOT NULL, `deletedAt` datetime NULL, `updatedById` varchar(36) NULL, `updatedAt` datetime NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_9646c23e8edc05a68c98268629` (`pairId`, `day`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `agenda_host` (`id` varchar(36) NOT NULL, `itemId` varchar(36) NOT NULL, `position` int NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(160) NOT NULL, `role` varchar(120) NULL, `structureRef` varchar(120) NULL, INDEX `IDX_efa8180b05fe2fe60c9dee8653` (`itemId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `calendar_feed` (`userId` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_21e336ad0937676891819f9b65` (`tokenHash`), PRIMARY KEY (`userId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `agenda_item` ADD CONSTRAINT `FK_0c982cf8a6abced65f9ecbeb62c` FOREIGN KEY (`themeCode`) REFERENCES `theme`(`code`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `agenda_host` ADD CONSTRAINT `FK_efa8180b05fe2fe60c9dee86536` FOREIGN KEY (`itemId`) REFERENCES `agenda_item`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `agenda_host` DROP FOREIGN KEY `FK_efa8180b05fe2fe60c9dee86536`");
    await queryRunner.query("ALTER TABLE `agenda_item` DROP FOREIGN KEY `FK_0c982cf8a6abced65f9ecbeb62c`");
    await queryRunner.query("DROP INDEX `IDX_21e336ad0937676891819f9b65` ON `calendar_feed`");
    await queryRunner.query("DROP TABLE `calendar_feed`");
    await queryRunner.query("DROP INDEX `IDX_efa8180b05fe2fe60c9dee8653` ON `agenda_host`");
    await queryRunner.query("DROP TABLE `agenda_host`");
    await queryRunner.query("DROP INDEX `IDX_9646c23e8edc05a68c98268629` ON `agenda_item`");
    await queryRunner.query("DROP TABLE `agenda_item`");
  }
}
