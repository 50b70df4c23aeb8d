import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkNotes1795761089863 implements MigrationInterface {
  name = 'LinkNotes1795761089863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `agenda_item` ADD `noteId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `lesson` ADD `noteId` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `agenda_item` ADD CONSTRAINT `FK_6ea537338daa48ef01093841a82` FOREIGN KEY (`noteId`) REFERENCES `document`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `lesson` ADD CONSTRAINT `FK_ef234edcf728392494bf02d27f3` FOREIGN KEY (`noteId`) REFERENCES `document`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `lesson` DROP FOREIGN KEY `FK_ef234edcf728392494bf02d27f3`");
    await queryRunner.query("ALTER TABLE `agenda_item` DROP FOREIGN KEY `FK_6ea537338daa48ef01093841a82`");
    await queryRunner.query("ALTER TABLE `lesson` DROP COLUMN `noteId`");
    await queryRunner.query("ALTER TABLE `agenda_item` DROP COLUMN `noteId`");
  }
}
