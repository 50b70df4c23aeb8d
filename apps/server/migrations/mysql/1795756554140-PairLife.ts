import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PairLife1795756554140 implements MigrationInterface {
  name = 'PairLife1795756554140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `pair_event` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `seq` int NOT NULL, `kind` varchar(24) NOT NULL, `fromStatus` varchar(16) NULL, `toStatus` varchar(16) NULL, `actorId` varchar(36) NULL, `actorName` varchar(80) NULL, `actorRole` varchar(16) NULL, `note` text NULL, `at` datetime NOT NULL, INDEX `IDX_cf757861f5fb9d5e645137c09b` (`pairId`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `lesson` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `themeCode` varchar(64) NOT NULL, `side` varchar(16) NOT NULL, `learned` text NOT NULL, `nextStep` text NOT NULL, `nextStepOwner` varchar(120) NULL, `nextStepDue` varchar(10) NULL, `authorId` varchar(36) NOT NULL, `authorName` varchar(80) NOT NULL, `updatedAt` datetime NOT NULL, UNIQUE INDEX `IDX_d5808f29a9c53a9b8aae9b338c` (`pairId`, `themeCode`, `side`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `follow_up` (`id` varchar(36) NOT NULL, `pairId` varchar(36) NOT NULL, `monthsAfter` int NOT NULL, `dueOn` varchar(10) NOT NULL, `answer` text NULL, `answeredById` varchar(36) NULL, `answeredByName` varchar(80) NULL, `answeredAt` datetime NULL, UNIQUE INDEX `IDX_bbebab6fa649e5c4c011965aeb` (`pairId`, `monthsAfter`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `pair` ADD `requestedById` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD `wishedStartDate` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD `wishedEndDate` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD `declineReason` text NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD `closedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD `openKey` varchar(80) NULL");
    await queryRunner.query("ALTER TABLE `pair` ADD UNIQUE INDEX `IDX_7beb556261ff11e8a79a708993` (`openKey`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `pair` DROP INDEX `IDX_7beb556261ff11e8a79a708993`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `openKey`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `closedAt`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `declineReason`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `wishedEndDate`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `wishedStartDate`");
    await queryRunner.query("ALTER TABLE `pair` DROP COLUMN `requestedById`");
    await queryRunner.query("DROP INDEX `IDX_bbebab6fa649e5c4c011965aeb` ON `follow_up`");
    await queryRunner.query("DROP TABLE `follow_up`");
    await queryRunner.query("DROP INDEX `IDX_d5808f29a9c53a9b8aae9b338c` ON `lesson`");
    await queryRunner.query("DROP TABLE `lesson`");
    await queryRunner.query("DROP INDEX `IDX_cf757861f5fb9d5e645137c09b` ON `pair_event`");
    await queryRunner.query("DROP TABLE `pair_event`");
  }
}
