import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795757133847 implements MigrationInterface {
  name = 'Documents1795757133847';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `document` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `kind` varchar(8) NOT NULL, `title` varchar(200) NOT NULL, `themeCode` varchar(64) NULL, `version` int NOT NULL, `createdById` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime NOT NULL, INDEX `IDX_45260f66280090e4bb548e8f7c` (`pairId`, `updatedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `document_version` (`id` varchar(36) NOT NULL, `documentId` varchar(36) NOT NULL, `number` int NOT NULL, `authorId` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `storageKey` varchar(80) NULL, `fileName` varchar(255) NULL, `mimeType` varchar(100) NULL, `sizeBytes` int NOT NULL, `body` text NULL, INDEX `IDX_d4413a7719900a31d4b6143706` (`authorId`, `createdAt`), UNIQUE INDEX `IDX_a765f6a6b20efc808a9d385d85` (`documentId`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `document` ADD CONSTRAINT `FK_c6f46ad4cde58eb656fa08c8e21` FOREIGN KEY (`pairId`) REFERENCES `pair`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `document` ADD CONSTRAINT `FK_a820373de14d05af52311fc5c2d` FOREIGN KEY (`themeCode`) REFERENCES `theme`(`code`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `document_version` ADD CONSTRAINT `FK_798ac949e0d25e76695ffc7776a` FOREIGN KEY (`documentId`) REFERENCES `document`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `document_version` ADD CONSTRAINT `FK_77b8bb86fb2f902f4ed0db631b1` FOREIGN KEY (`authorId`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `document_version` DROP FOREIGN KEY `FK_77b8bb86fb2f902f4ed0db631b1`");
    await queryRunner.query("ALTER TABLE `document_version` DROP FOREIGN KEY `FK_798ac949e0d25e76695ffc7776a`");
    await queryRunner.query("ALTER TABLE `document` DROP FOREIGN KEY `FK_a820373de14d05af52311fc5c2d`");
    await queryRunner.query("ALTER TABLE `document` DROP FOREIGN KEY `FK_c6f46ad4cde58eb656fa08c8e21`");
    await queryRunner.query("DROP INDEX `IDX_a765f6a6b20efc808a9d385d85` ON `document_version`");
    await queryRunner.query("DROP INDEX `IDX_d4413a7719900a31d4b6143706` ON `document_version`");
    await queryRunner.query("DROP TABLE `document_version`");
    await queryRunner.query("DROP INDEX `IDX_45260f66280090e4bb548e8f7c` ON `document`");
    await queryRunner.query("DROP TABLE `document`");
  }
}
