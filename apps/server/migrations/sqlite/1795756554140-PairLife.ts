import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PairLife1795756554140 implements MigrationInterface {
  name = 'PairLife1795756554140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pair_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"seq\" integer NOT NULL, \"kind\" varchar(24) NOT NULL, \"fromStatus\" varchar(16), \"toStatus\" varchar(16), \"actorId\" varchar(36), \"actorName\" varchar(80), \"actorRole\" varchar(16), \"note\" text, \"at\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_cf757861f5fb9d5e645137c09b\" ON \"pair_event\" (\"pairId\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"lesson\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"themeCode\" varchar(64) NOT NULL, \"side\" varchar(16) NOT NULL, \"learned\" text NOT NULL, \"nextStep\" text NOT NULL, \"nextStepOwner\" varchar(120), \"nextStepDue\" varchar(10), \"authorId\" varchar(36) NOT NULL, \"authorName\" varchar(80) NOT NULL, \"updatedAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d5808f29a9c53a9b8aae9b338c\" ON \"lesson\" (\"pairId\", \"themeCode\", \"side\") ");
    await queryRunner.query("CREATE TABLE \"follow_up\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"monthsAfter\" integer NOT NULL, \"dueOn\" varchar(10) NOT NULL, \"answer\" text, \"answeredById\" varchar(36), \"answeredByName\" varchar(80), \"answeredAt\" datetime)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_bbebab6fa649e5c4c011965aeb\" ON \"follow_up\" (\"pairId\", \"monthsAfter\") ");
    await queryRunner.query("DROP INDEX \"IDX_b4c23d3f9d64080e3876fe0bf4\"");
    await queryRunner.query("DROP INDEX \"IDX_6f4740ff625a5d0bf2d4b4448b\"");
    await queryRunner.query("CREATE TABLE \"temporary_pair\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"status\" varchar(16) NOT NULL, \"compagnonId\" varchar(36) NOT NULL, \"beneficiaryId\" varchar(36) NOT NULL, \"requestMessage\" text, \"requestedAt\" datetime NOT NULL, \"acceptedAt\" datetime, \"completedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"requestedById\" varchar(36), \"wishedStartDate\" varchar(10), \"wishedEndDate\" varchar(10), \"declineReason\" text, \"closedAt\" datetime, \"openKey\" varchar(80), CONSTRAINT \"FK_b4c23d3f9d64080e3876fe0bf42\" FOREIGN KEY (\"beneficiaryId\") REFERENCES \"ptce\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_6f4740ff625a5d0bf2d4b4448bd\" FOREIGN KEY (\"compagnonId\") REFERENCES \"ptce\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_pair\"(\"id\", \"status\", \"compagnonId\", \"beneficiaryId\", \"requestMessage\", \"requestedAt\", \"acceptedAt\", \"completedAt\", \"createdAt\") SELECT \"id\", \"status\", \"compagnonId\", \"beneficiaryId\", \"requestMessage\", \"requestedAt\", \"acceptedAt\", \"completedAt\", \"createdAt\" FROM \"pair\"");
    await queryRunner.query("DROP TABLE \"pair\"");
    await queryRunner.query("ALTER TABLE \"temporary_pair\" RENAME TO \"pair\"");
    await queryRunner.query("CREATE INDEX \"IDX_b4c23d3f9d64080e3876fe0bf4\" ON \"pair\" (\"beneficiaryId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6f4740ff625a5d0bf2d4b4448b\" ON \"pair\" (\"compagnonId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7beb556261ff11e8a79a708993\" ON \"pair\" (\"openKey\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_7beb556261ff11e8a79a708993\"");
    await queryRunner.query("DROP INDEX \"IDX_6f4740ff625a5d0bf2d4b4448b\"");
    await queryRunner.query("DROP INDEX \"IDX_b4c23d3f9d64080e3876fe0bf4\"");
    await queryRunner.query("ALTER TABLE \"pair\" RENAME TO \"temporary_pair\"");
    await queryRunner.query("CREATE TABLE \"pair\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"status\" varchar(16) NOT NULL, \"compagnonId\" varchar(36) NOT NULL, \"beneficiaryId\" varchar(36) NOT NULL, \"requestMessage\" text, \"requestedAt\" datetime NOT NULL, \"acceptedAt\" datetime, \"completedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_b4c23d3f9d64080e3876fe0bf42\" FOREIGN KEY (\"beneficiaryId\") REFERENCES \"ptce\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_6f4740ff625a5d0bf2d4b4448bd\" FOREIGN KEY (\"compagnonId\") REFERENCES \"ptce\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"pair\"(\"id\", \"status\", \"compagnonId\", \"beneficiaryId\", \"requestMessage\", \"requestedAt\", \"acceptedAt\", \"completedAt\", \"createdAt\") SELECT \"id\", \"status\", \"compagnonId\", \"beneficiaryId\", \"requestMessage\", \"requestedAt\", \"acceptedAt\", \"completedAt\", \"createdAt\" FROM \"temporary_pair\"");
    await queryRunner.query("DROP TABLE \"temporary_pair\"");
    await queryRunner.query("CREATE INDEX \"IDX_6f4740ff625a5d0bf2d4b4448b\" ON \"pair\" (\"compagnonId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b4c23d3f9d64080e3876fe0bf4\" ON \"pair\" (\"beneficiaryId\") ");
    await queryRunner.query("DROP INDEX \"IDX_bbebab6fa649e5c4c011965aeb\"");
    await queryRunner.query("DROP TABLE \"follow_up\"");
    await queryRunner.query("DROP INDEX \"IDX_d5808f29a9c53a9b8aae9b338c\"");
    await queryRunner.query("DROP TABLE \"lesson\"");
    await queryRunner.query("DROP INDEX \"IDX_cf757861f5fb9d5e645137c09b\"");
    await queryRunner.query("DROP TABLE \"pair_event\"");
  }
}
