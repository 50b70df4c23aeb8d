import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryMembersAndSearch1795756459105 implements MigrationInterface {
  name = 'DirectoryMembersAndSearch1795756459105';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ptce_member\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"ptceId\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"town\" varchar(120), \"position\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"IDX_281a70b47971301eed0affca78\" ON \"ptce_member\" (\"ptceId\") ");
    await queryRunner.query("DROP INDEX \"IDX_8d5265bb8565af633f3555a47c\"");
    await queryRunner.query("CREATE TABLE \"temporary_ptce\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"slug\" varchar(120) NOT NULL, \"name\" varchar(200) NOT NULL, \"carrier\" varchar(200), \"town\" varchar(120), \"departmentCodes\" varchar(64) NOT NULL DEFAULT (''), \"region\" varchar(120), \"summary\" text, \"labelledYear\" integer, \"amiLaureate2021\" boolean NOT NULL DEFAULT (0), \"charterSignatory\" boolean NOT NULL DEFAULT (0), \"isCompagnon\" boolean NOT NULL DEFAULT (0), \"website\" varchar(300), \"sources\" text, \"uncertain\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"sortKey\" varchar(200) NOT NULL DEFAULT (''), \"searchText\" text, \"synthetic\" boolean NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_ptce\"(\"id\", \"slug\", \"name\", \"carrier\", \"town\", \"departmentCodes\", \"region\", \"summary\", \"labelledYear\", \"amiLaureate2021\", \"charterSignatory\", \"isCompagnon\", \"website\", \"sources\", \"uncertain\", \"createdAt\") SELECT \"id\", \"slug\", \"name\", \"carrier\", \"town\", \"departmentCodes\", \"region\", \"summary\", \"labelledYear\", \"amiLaureate2021\", \"charterSignatory\", \"isCompagnon\", \"website\", \"sources\", \"uncertain\", \"createdAt\" FROM \"ptce\"");
    await queryRunner.query("DROP TABLE \"ptce\"");
    await queryRunner.query("ALTER TABLE \"temporary_ptce\" RENAME TO \"ptce\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8d5265bb8565af633f3555a47c\" ON \"ptce\" (\"slug\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ptce_sort\" ON \"ptce\" (\"sortKey\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_281a70b47971301eed0affca78\"");
    await queryRunner.query("CREATE TABLE \"temporary_ptce_member\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"ptceId\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"town\" varchar(120), \"position\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_281a70b47971301eed0affca789\" FOREIGN KEY (\"ptceId\") REFERENCES \"ptce\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_ptce_member\"(\"id\", \"ptceId\", \"name\", \"kind\", \"town\", \"position\") SELECT \"id\", \"ptceId\", \"name\", \"kind\", \"town\", \"position\" FROM \"ptce_member\"");
    await queryRunner.query("DROP TABLE \"ptce_member\"");
    await queryRunner.query("ALTER TABLE \"temporary_ptce_member\" RENAME TO \"ptce_member\"");
    await queryRunner.query("CREATE INDEX \"IDX_281a70b47971301eed0affca78\" ON \"ptce_member\" (\"ptceId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_281a70b47971301eed0affca78\"");
    await queryRunner.query("ALTER TABLE \"ptce_member\" RENAME TO \"temporary_ptce_member\"");
    await queryRunner.query("CREATE TABLE \"ptce_member\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"ptceId\" varchar(36) NOT NULL, \"name\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"town\" varchar(120), \"position\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"ptce_member\"(\"id\", \"ptceId\", \"name\", \"kind\", \"town\", \"position\") SELECT \"id\", \"ptceId\", \"name\", \"kind\", \"town\", \"position\" FROM \"temporary_ptce_member\"");
    await queryRunner.query("DROP TABLE \"temporary_ptce_member\"");
    await queryRunner.query("CREATE INDEX \"IDX_281a70b47971301eed0affca78\" ON \"ptce_member\" (\"ptceId\") ");
    await queryRunner.query("DROP INDEX \"IDX_ptce_sort\"");
    await queryRunner.query("DROP INDEX \"IDX_8d5265bb8565af633f3555a47c\"");
    await queryRunner.query("ALTER TABLE \"ptce\" RENAME TO \"temporary_ptce\"");
    await queryRunner.query("CREATE TABLE \"ptce\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"slug\" varchar(120) NOT NULL, \"name\" varchar(200) NOT NULL, \"carrier\" varchar(200), \"town\" varchar(120), \"departmentCodes\" varchar(64) NOT NULL DEFAULT (''), \"region\" varchar(120), \"summary\" text, \"labelledYear\" integer, \"amiLaureate2021\" boolean NOT NULL DEFAULT (0), \"charterSignatory\" boolean NOT NULL DEFAULT (0), \"isCompagnon\" boolean NOT NULL DEFAULT (0), \"website\" varchar(300), \"sources\" text, \"uncertain\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"ptce\"(\"id\", \"slug\", \"name\", \"carrier\", \"town\", \"departmentCodes\", \"region\", \"summary\", \"labelledYear\", \"amiLaureate2021\", \"charterSignatory\", \"isCompagnon\", \"website\", \"sources\", \"uncertain\", \"createdAt\") SELECT \"id\", \"slug\", \"name\", \"carrier\", \"town\", \"departmentCodes\", \"region\", \"summary\", \"labelledYear\", \"amiLaureate2021\", \"charterSignatory\", \"isCompagnon\", \"website\", \"sources\", \"uncertain\", \"createdAt\" FROM \"temporary_ptce\"");
    await queryRunner.query("DROP TABLE \"temporary_ptce\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8d5265bb8565af633f3555a47c\" ON \"ptce\" (\"slug\") ");
    await queryRunner.query("DROP INDEX \"IDX_281a70b47971301eed0affca78\"");
    await queryRunner.query("DROP TABLE \"ptce_member\"");
  }
}
