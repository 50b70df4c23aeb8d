import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795754971989 implements MigrationInterface {
  name = 'Init1795754971989';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `theme` (`code` varchar(64) NOT NULL, `labelFr` varchar(160) NOT NULL, `labelEn` varchar(160) NOT NULL, `group` varchar(16) NOT NULL, `position` int NOT NULL DEFAULT '0', PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ptce` (`id` varchar(36) NOT NULL, `slug` varchar(120) NOT NULL, `name` varchar(200) NOT NULL, `carrier` varchar(200) NULL, `town` varchar(120) NULL, `departmentCodes` varchar(64) NOT NULL DEFAULT '', `region` varchar(120) NULL, `summary` text NULL, `labelledYear` int NULL, `amiLaureate2021` tinyint NOT NULL DEFAULT 0, `charterSignatory` tinyint NOT NULL DEFAULT 0, `isCompagnon` tinyint NOT NULL DEFAULT 0, `website` varchar(300) NULL, `sources` text NULL, `uncertain` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8d5265bb8565af633f3555a47c` (`slug`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `displayName` varchar(80) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(16) NOT NULL, `ptceId` varchar(36) NULL, `locale` varchar(8) NOT NULL DEFAULT 'fr', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `email` varchar(254) NOT NULL, `role` varchar(16) NOT NULL, `ptceId` varchar(36) NOT NULL, `invitedById` varchar(36) NOT NULL, `expiresAt` datetime NOT NULL, `acceptedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_676ef6471ce7176869d73365a4` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `userId` varchar(36) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NOT NULL, UNIQUE INDEX `IDX_ff3b5bfd0767bd32942e5ccaad` (`tokenHash`), INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `pair` (`id` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `compagnonId` varchar(36) NOT NULL, `beneficiaryId` varchar(36) NOT NULL, `requestMessage` text NULL, `requestedAt` datetime NOT NULL, `acceptedAt` datetime NULL, `completedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6f4740ff625a5d0bf2d4b4448b` (`compagnonId`), INDEX `IDX_b4c23d3f9d64080e3876fe0bf4` (`beneficiaryId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `ptce_theme` (`ptceId` varchar(36) NOT NULL, `themeCode` varchar(64) NOT NULL, INDEX `IDX_58b3ba893a43be475f3c8fb811` (`ptceId`), INDEX `IDX_4d5d7d6adc08f4b7a97259fdcd` (`themeCode`), PRIMARY KEY (`ptceId`, `themeCode`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `pair_theme` (`pairId` varchar(36) NOT NULL, `themeCode` varchar(64) NOT NULL, INDEX `IDX_d6f6157fdaf99b22400ec87be2` (`pairId`), INDEX `IDX_18f7fb0d8a6bdf7c39560bf4f5` (`themeCode`), PRIMARY KEY (`pairId`, `themeCode`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `user` ADD CONSTRAINT `FK_4cda444e6d54bcb410d80f47bdd` FOREIGN KEY (`ptceId`) REFERENCES `ptce`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_b8a1faad552f29340e9960d2a1f` FOREIGN KEY (`ptceId`) REFERENCES `ptce`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_603764233ba5c97400836665523` FOREIGN KEY (`invitedById`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_3d2f174ef04fb312fdebd0ddc53` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `pair` ADD CONSTRAINT `FK_6f4740ff625a5d0bf2d4b4448bd` FOREIGN KEY (`compagnonId`) REFERENCES `ptce`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `pair` ADD CONSTRAINT `FK_b4c23d3f9d64080e3876fe0bf42` FOREIGN KEY (`beneficiaryId`) REFERENCES `ptce`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `ptce_theme` ADD CONSTRAINT `FK_58b3ba893a43be475f3c8fb811c` FOREIGN KEY (`ptceId`) REFERENCES `ptce`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE `ptce_theme` ADD CONSTRAINT `FK_4d5d7d6adc08f4b7a97259fdcd4` FOREIGN KEY (`themeCode`) REFERENCES `theme`(`code`) ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE `pair_theme` ADD CONSTRAINT `FK_d6f6157fdaf99b22400ec87be2c` FOREIGN KEY (`pairId`) REFERENCES `pair`(`id`) ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE `pair_theme` ADD CONSTRAINT `FK_18f7fb0d8a6bdf7c39560bf4f59` FOREIGN KEY (`themeCode`) REFERENCES `theme`(`code`) ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `pair_theme` DROP FOREIGN KEY `FK_18f7fb0d8a6bdf7c39560bf4f59`");
    await queryRunner.query("ALTER TABLE `pair_theme` DROP FOREIGN KEY `FK_d6f6157fdaf99b22400ec87be2c`");
    await queryRunner.query("ALTER TABLE `ptce_theme` DROP FOREIGN KEY `FK_4d5d7d6adc08f4b7a97259fdcd4`");
    await queryRunner.query("ALTER TABLE `ptce_theme` DROP FOREIGN KEY `FK_58b3ba893a43be475f3c8fb811c`");
    await queryRunner.query("ALTER TABLE `pair` DROP FOREIGN KEY `FK_b4c23d3f9d64080e3876fe0bf42`");
    await queryRunner.query("ALTER TABLE `pair` DROP FOREIGN KEY `FK_6f4740ff625a5d0bf2d4b4448bd`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_3d2f174ef04fb312fdebd0ddc53`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_603764233ba5c97400836665523`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_b8a1faad552f29340e9960d2a1f`");
    await queryRunner.query("ALTER TABLE `user` DROP FOREIGN KEY `FK_4cda444e6d54bcb410d80f47bdd`");
    await queryRunner.query("DROP INDEX `IDX_18f7fb0d8a6bdf7c39560bf4f5` ON `pair_theme`");
    await queryRunner.query("DROP INDEX `IDX_d6f6157fdaf99b22400ec87be2` ON `pair_theme`");
    await queryRunner.query("DROP TABLE `pair_theme`");
    await queryRunner.query("DROP INDEX `IDX_4d5d7d6adc08f4b7a97259fdcd` ON `ptce_theme`");
    await queryRunner.query("DROP INDEX `IDX_58b3ba893a43be475f3c8fb811` ON `ptce_theme`");
    await queryRunner.query("DROP TABLE `ptce_theme`");
    await queryRunner.query("DROP INDEX `IDX_b4c23d3f9d64080e3876fe0bf4` ON `pair`");
    await queryRunner.query("DROP INDEX `IDX_6f4740ff625a5d0bf2d4b4448b` ON `pair`");
    await queryRunner.query("DROP TABLE `pair`");
    await queryRunner.query("DROP INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` ON `session`");
    await queryRunner.query("DROP INDEX `IDX_ff3b5bfd0767bd32942e5ccaad` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP INDEX `IDX_676ef6471ce7176869d73365a4` ON `invitation`");
    await queryRunner.query("DROP TABLE `invitation`");
    await queryRunner.query("DROP INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `IDX_8d5265bb8565af633f3555a47c` ON `ptce`");
    await queryRunner.query("DROP TABLE `ptce`");
    await queryRunner.query("DROP TABLE `theme`");
  }
}
