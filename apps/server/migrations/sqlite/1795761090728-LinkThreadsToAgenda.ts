import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkThreadsToAgenda1795761090728 implements MigrationInterface {
  name = 'LinkThreadsToAgenda1795761090728';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("CREATE TABLE \"temporary_thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"agendaItemId\" varchar(36), CONSTRAINT \"FK_e98c0ce7e64d85e1ae9e948fdf2\" FOREIGN KEY (\"createdById\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8072ee5f21f57c40fdb8b9c7104\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_df5265332037c05d36f32904b35\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\" FROM \"thread\"");
    await queryRunner.query("DROP TABLE \"thread\"");
    await queryRunner.query("ALTER TABLE \"temporary_thread\" RENAME TO \"thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\" ON \"thread\" (\"agendaItemId\") ");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("DROP INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\"");
    await queryRunner.query("CREATE TABLE \"temporary_thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"agendaItemId\" varchar(36), CONSTRAINT \"FK_e98c0ce7e64d85e1ae9e948fdf2\" FOREIGN KEY (\"createdById\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8072ee5f21f57c40fdb8b9c7104\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_df5265332037c05d36f32904b35\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_c56bc1d84c2a306c33e54e9b366\" FOREIGN KEY (\"agendaItemId\") REFERENCES \"agenda_item\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\", \"agendaItemId\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\", \"agendaItemId\" FROM \"thread\"");
    await queryRunner.query("DROP TABLE \"thread\"");
    await queryRunner.query("ALTER TABLE \"temporary_thread\" RENAME TO \"thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\" ON \"thread\" (\"agendaItemId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\"");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("ALTER TABLE \"thread\" RENAME TO \"temporary_thread\"");
    await queryRunner.query("CREATE TABLE \"thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"agendaItemId\" varchar(36), CONSTRAINT \"FK_e98c0ce7e64d85e1ae9e948fdf2\" FOREIGN KEY (\"createdById\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8072ee5f21f57c40fdb8b9c7104\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_df5265332037c05d36f32904b35\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\", \"agendaItemId\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\", \"agendaItemId\" FROM \"temporary_thread\"");
    await queryRunner.query("DROP TABLE \"temporary_thread\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\" ON \"thread\" (\"agendaItemId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_c56bc1d84c2a306c33e54e9b36\"");
    await queryRunner.query("DROP INDEX \"IDX_f5377e028df3bd0ea80ebc927b\"");
    await queryRunner.query("ALTER TABLE \"thread\" RENAME TO \"temporary_thread\"");
    await queryRunner.query("CREATE TABLE \"thread\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"pairId\" varchar(36) NOT NULL, \"title\" varchar(160) NOT NULL, \"themeCode\" varchar(64), \"createdById\" varchar(36) NOT NULL, \"lastSeq\" integer NOT NULL DEFAULT (0), \"lastActivityAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_e98c0ce7e64d85e1ae9e948fdf2\" FOREIGN KEY (\"createdById\") REFERENCES \"user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_8072ee5f21f57c40fdb8b9c7104\" FOREIGN KEY (\"themeCode\") REFERENCES \"theme\" (\"code\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_df5265332037c05d36f32904b35\" FOREIGN KEY (\"pairId\") REFERENCES \"pair\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"thread\"(\"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\") SELECT \"id\", \"pairId\", \"title\", \"themeCode\", \"createdById\", \"lastSeq\", \"lastActivityAt\", \"createdAt\" FROM \"temporary_thread\"");
    await queryRunner.query("DROP TABLE \"temporary_thread\"");
    await queryRunner.query("CREATE INDEX \"IDX_f5377e028df3bd0ea80ebc927b\" ON \"thread\" (\"pairId\", \"lastActivityAt\") ");
  }
}
