import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAgenda1795756594054 implements MigrationInterface {
  name = 'AddAgenda1795756594054';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"agenda_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"day\" varchar(10) NOT NULL, \"startTime\" varchar(5) NOT NULL, \"endTime\" varchar(5) NOT NULL, \"title\" varchar(160) NOT NULL, \"kind\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"themeCode\" varchar(64), \"location\" varchar(300), \"notes\" text NOT NULL, \"questions\" text NOT NULL, \"deletedAt\" datetime, \"updatedById\" varchar(36), \"updatedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_9646c23e8edc05a68c98268629\" ON \"agenda_item\" (\"pairId\", \"day\") ");
    await queryRunner.query("CREATE TABLE \"agenda_host\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"itemId\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(160) NOT NULL, \"role\" varchar(120), \"structureRef\" varchar(120))");
    await queryRunner.query("CREATE INDEX \"IDX_efa8180b05fe2fe60c9dee8653\" ON \"agenda_host\" (\"itemId\") ");
    await queryRunner.query("CREATE TABLE \"calendar_feed\" (\"userId\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_21e336ad0937676891819f9b65\" ON \"calendar_feed\" (\"tokenHash\") ");
    await queryRunner.query("DROP INDEX \"IDX_9646c23e8edc05a68c98268629\"");
    await queryRunner.query("CREATE TABLE \"temporary_agenda_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"day\" varchar(10) NOT NULL, \"startTime\" varchar(5) NOT NULL, \"endTime\" varchar(5) NOT NULL, \"title\" varchar(160) NOT NULL, \"kind\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"themeCode\" varchar(64), \"location\" varchar(300), \"notes\" text NOT NULL, \"questions\" text NOT NULL, \"deletedAt\" datetime, \"updatedById\" varchar(36), \"updatedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0c982cf8a6abced65f9ecbeb62c\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_agenda_item\"(\"id\", \"pairId\", \"version\", \"day\", \"startTime\", \"endTime\", \"title\", \"kind\", \"status\", \"themeCode\", \"location\", \"notes\", \"questions\", \"deletedAt\", \"updatedById\", \"updatedAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"version\", \"day\", \"startTime\", \"endTime\", \"title\", \"kind\", \"status\", \"themeCode\", \"location\", \"notes\", \"questions\", \"deletedAt\", \"updatedById\", \"updatedAt\", \"createdAt\" FROM \"agenda_item\"");
    await queryRunner.query("DROP TABLE \"agenda_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_agenda_item\" RENAME TO \"agenda_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_9646c23e8edc05a68c98268629\" ON \"agenda_item\" (\"pairId\", \"day\") ");
    await queryRunner.query("DROP INDEX \"IDX_efa8180b05fe2fe60c9dee8653\"");
    await queryRunner.query("CREATE TABLE \"temporary_agenda_host\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"itemId\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(160) NOT NULL, \"role\" varchar(120), \"structureRef\" varchar(120), CONSTRAINT \"FK_efa8180b05fe2fe60c9dee86536\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_item\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_agenda_host\"(\"id\", \"itemId\", \"position\", \"kind\", \"name\", \"role\", \"structureRef\") SELECT \"id\", \"itemId\", \"position\", \"kind\", \"name\", \"role\", \"structureRef\" FROM \"agenda_host\"");
    await queryRunner.query("DROP TABLE \"agenda_host\"");
    await queryRunner.query("ALTER TABLE \"temporary_agenda_host\" RENAME TO \"agenda_host\"");
    await queryRunner.query("CREATE INDEX \"IDX_efa8180b05fe2fe60c9dee8653\" ON \"agenda_host\" (\"itemId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_efa8180b05fe2fe60c9dee8653\"");
    await queryRunner.query("ALTER TABLE \"agenda_host\" RENAME TO \"temporary_agenda_host\"");
    await queryRunner.query("CREATE TABLE \"agenda_host\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"itemId\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(160) NOT NULL, \"role\" varchar(120), \"structureRef\" varchar(120))");
    await queryRunner.query("INSERT INTO \"agenda_host\"(\"id\", \"itemId\", \"position\", \"kind\", \"name\", \"role\", \"structureRef\") SELECT \"id\", \"itemId\", \"position\", \"kind\", \"name\", \"role\", \"structureRef\" FROM \"temporary_agenda_host\"");
    await queryRunner.query("DROP TABLE \"temporary_agenda_host\"");
    await queryRunner.query("CREATE INDEX \"IDX_efa8180b05fe2fe60c9dee8653\" ON \"agenda_host\" (\"itemId\") ");
    await queryRunner.query("DROP INDEX \"IDX_9646c23e8edc05a68c98268629\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" RENAME TO \"temporary_agenda_item\"");
    await queryRunner.query("CREATE TABLE \"agenda_item\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"version\" integer NOT NULL, \"day\" varchar(10) NOT NULL, \"startTime\" varchar(5) NOT NULL, \"endTime\" varchar(5) NOT NULL, \"title\" varchar(160) NOT NULL, \"kind\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"themeCode\" varchar(64), \"location\" varchar(300), \"notes\" text NOT NULL, \"questions\" text NOT NULL, \"deletedAt\" datetime, \"updatedById\" varchar(36), \"updatedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"agenda_item\"(\"id\", \"pairId\", \"version\", \"day\", \"startTime\", \"endTime\", \"title\", \"kind\", \"status\", \"themeCode\", \"location\", \"notes\", \"questions\", \"deletedAt\", \"updatedById\", \"updatedAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"version\", \"day\", \"startTime\", \"endTime\", \"title\", \"kind\", \"status\", \"themeCode\", \"location\", \"notes\", \"questions\", \"deletedAt\", \"updatedById\", \"updatedAt\", \"createdAt\" FROM \"temporary_agenda_item\"");
    await queryRunner.query("DROP TABLE \"temporary_agenda_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_9646c23e8edc05a68c98268629\" ON \"agenda_item\" (\"pairId\", \"day\") ");
    await queryRunner.query("DROP INDEX \"IDX_21e336ad0937676891819f9b65\"");
    await queryRunner.query("DROP TABLE \"calendar_feed\"");
    await queryRunner.query("DROP INDEX \"IDX_efa8180b05fe2fe60c9dee8653\"");
    await queryRunner.query("DROP TABLE \"agenda_host\"");
    await queryRunner.query("DROP INDEX \"IDX_9646c23e8edc05a68c98268629\"");
    await queryRunner.query("DROP TABLE \"agenda_item\"");
  }
}
