import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795757133847 implements MigrationInterface {
  name = 'Documents1795757133847';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"document\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"themeCode\" varchar(64), \"version\" integer NOT NULL, \"createdById\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_45260f66280090e4bb548e8f7c\" ON \"document\" (\"pairId\", \"updatedAt\") ");
    await queryRunner.query("CREATE TABLE \"document_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"documentId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"authorId\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"storageKey\" varchar(80), \"fileName\" varchar(255), \"mimeType\" varchar(100), \"sizeBytes\" integer NOT NULL, \"body\" text)");
    await queryRunner.query("CREATE INDEX \"IDX_d4413a7719900a31d4b6143706\" ON \"document_version\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a765f6a6b20efc808a9d385d85\" ON \"document_version\" (\"documentId\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_45260f66280090e4bb548e8f7c\"");
    await queryRunner.query("CREATE TABLE \"temporary_document\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"themeCode\" varchar(64), \"version\" integer NOT NULL, \"createdById\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL, CONSTRAINT \"FK_c6f46ad4cde58eb656fa08c8e21\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_a820373de14d05af52311fc5c2d\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_document\"(\"id\", \"pairId\", \"kind\", \"title\", \"themeCode\", \"version\", \"createdById\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"pairId\", \"kind\", \"title\", \"themeCode\", \"version\", \"createdById\", \"createdAt\", \"updatedAt\" FROM \"document\"");
    await queryRunner.query("DROP TABLE \"document\"");
    await queryRunner.query("ALTER TABLE \"temporary_document\" RENAME TO \"document\"");
    await queryRunner.query("CREATE INDEX \"IDX_45260f66280090e4bb548e8f7c\" ON \"document\" (\"pairId\", \"updatedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_d4413a7719900a31d4b6143706\"");
    await queryRunner.query("DROP INDEX \"IDX_a765f6a6b20efc808a9d385d85\"");
    await queryRunner.query("CREATE TABLE \"temporary_document_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"documentId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"authorId\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"storageKey\" varchar(80), \"fileName\" varchar(255), \"mimeType\" varchar(100), \"sizeBytes\" integer NOT NULL, \"body\" text, CONSTRAINT \"FK_798ac949e0d25e76695ffc7776a\" FOREIGN KEY (\"documentId\") REFERENCES \"document\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_77b8bb86fb2f902f4ed0db631b1\" FOREIGN KEY (\"authorId\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_document_version\"(\"id\", \"documentId\", \"number\", \"authorId\", \"createdAt\", \"storageKey\", \"fileName\", \"mimeType\", \"sizeBytes\", \"body\") SELECT \"id\", \"documentId\", \"number\", \"authorId\", \"createdAt\", \"storageKey\", \"fileName\", \"mimeType\", \"sizeBytes\", \"body\" FROM \"document_version\"");
    await queryRunner.query("DROP TABLE \"document_version\"");
    await queryRunner.query("ALTER TABLE \"temporary_document_version\" RENAME TO \"document_version\"");
    await queryRunner.query("CREATE INDEX \"IDX_d4413a7719900a31d4b6143706\" ON \"document_version\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a765f6a6b20efc808a9d385d85\" ON \"document_version\" (\"documentId\", \"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_a765f6a6b20efc808a9d385d85\"");
    await queryRunner.query("DROP INDEX \"IDX_d4413a7719900a31d4b6143706\"");
    await queryRunner.query("ALTER TABLE \"document_version\" RENAME TO \"temporary_document_version\"");
    await queryRunner.query("CREATE TABLE \"document_version\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"documentId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"authorId\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"storageKey\" varchar(80), \"fileName\" varchar(255), \"mimeType\" varchar(100), \"sizeBytes\" integer NOT NULL, \"body\" text)");
    await queryRunner.query("INSERT INTO \"document_version\"(\"id\", \"documentId\", \"number\", \"authorId\", \"createdAt\", \"storageKey\", \"fileName\", \"mimeType\", \"sizeBytes\", \"body\") SELECT \"id\", \"documentId\", \"number\", \"authorId\", \"createdAt\", \"storageKey\", \"fileName\", \"mimeType\", \"sizeBytes\", \"body\" FROM \"temporary_document_version\"");
    await queryRunner.query("DROP TABLE \"temporary_document_version\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a765f6a6b20efc808a9d385d85\" ON \"document_version\" (\"documentId\", \"number\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d4413a7719900a31d4b6143706\" ON \"document_version\" (\"authorId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_45260f66280090e4bb548e8f7c\"");
    await queryRunner.query("ALTER TABLE \"document\" RENAME TO \"temporary_document\"");
    await queryRunner.query("CREATE TABLE \"document\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"kind\" varchar(8) NOT NULL, \"title\" varchar(200) NOT NULL, \"themeCode\" varchar(64), \"version\" integer NOT NULL, \"createdById\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"document\"(\"id\", \"pairId\", \"kind\", \"title\", \"themeCode\", \"version\", \"createdById\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"pairId\", \"kind\", \"title\", \"themeCode\", \"version\", \"createdById\", \"createdAt\", \"updatedAt\" FROM \"temporary_document\"");
    await queryRunner.query("DROP TABLE \"temporary_document\"");
    await queryRunner.query("CREATE INDEX \"IDX_45260f66280090e4bb548e8f7c\" ON \"document\" (\"pairId\", \"updatedAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_a765f6a6b20efc808a9d385d85\"");
    await queryRunner.query("DROP INDEX \"IDX_d4413a7719900a31d4b6143706\"");
    await queryRunner.query("DROP TABLE \"document_version\"");
    await queryRunner.query("DROP INDEX \"IDX_45260f66280090e4bb548e8f7c\"");
    await queryRunner.query("DROP TABLE \"document\"");
  }
}
