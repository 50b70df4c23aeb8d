import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkThreadsToAgenda1795761090728 implements MigrationInterface {
  name = 'LinkThreadsToAgenda1795761090728';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `thread` ADD `agendaItemId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `thread` ADD UNIQUE INDEX `IDX_c56bc1d84c2a306c33e54e9b36` (`agendaItemId`)");
    await queryRunner.query("ALTER TABLE `thread` ADD CONSTRAINT `FK_c56bc1d84c2a306c33e54e9b366` FOREIGN KEY (`agendaItemId`) REFERENCES `agenda_item`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `thread` DROP FOREIGN KEY `FK_c56bc1d84c2a306c33e54e9b366`");
    await queryRunner.query("ALTER TABLE `thread` DROP INDEX `IDX_c56bc1d84c2a306c33e54e9b36`");
    await queryRunner.query("ALTER TABLE `thread` DROP COLUMN `agendaItemId`");
  }
}
