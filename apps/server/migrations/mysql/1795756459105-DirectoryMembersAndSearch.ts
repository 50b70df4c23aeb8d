import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryMembersAndSearch1795756459105 implements MigrationInterface {
  name = 'DirectoryMembersAndSearch1795756459105';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `ptce_member` (`id` varchar(36) NOT NULL, `ptceId` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `kind` varchar(16) NOT NULL, `town` varchar(120) NULL, `position` int NOT NULL DEFAULT '0', INDEX `IDX_281a70b47971301eed0affca78` (`ptceId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `ptce` ADD `sortKey` varchar(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `ptce` ADD `searchText` text NULL");
    await queryRunner.query("ALTER TABLE `ptce` ADD `synthetic` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("CREATE INDEX `IDX_ptce_sort` ON `ptce` (`sortKey`, `id`)");
    await queryRunner.query("ALTER TABLE `ptce_member` ADD CONSTRAINT `FK_281a70b47971301eed0affca789` FOREIGN KEY (`ptceId`) REFERENCES `ptce`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `ptce_member` DROP FOREIGN KEY `FK_281a70b47971301eed0affca789`");
    await queryRunner.query("DROP INDEX `IDX_ptce_sort` ON `ptce`");
    await queryRunner.query("ALTER TABLE `ptce` DROP COLUMN `synthetic`");
    await queryRunner.query("ALTER TABLE `ptce` DROP COLUMN `searchText`");
    await queryRunner.query("ALTER TABLE `ptce` DROP COLUMN `sortKey`");
    await queryRunner.query("DROP INDEX `IDX_281a70b47971301eed0affca78` ON `ptce_member`");
    await queryRunner.query("DROP TABLE `ptce_member`");
  }
}
