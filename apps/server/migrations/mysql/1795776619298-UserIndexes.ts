import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserIndexes1795776619298 implements MigrationInterface {
  name = 'UserIndexes1795776619298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_6620cd026ee2b231beac7cfe57` ON `user` (`role`)");
    await queryRunner.query("CREATE INDEX `IDX_4cda444e6d54bcb410d80f47bd` ON `user` (`ptceId`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // MariaDB dropped the foreign key's own index when ours came (it serves the key now): the key must
    // go while ours is dropped, and coming back it makes its own index again, as before `up`.
    await queryRunner.query("ALTER TABLE `user` DROP FOREIGN KEY `FK_4cda444e6d54bcb410d80f47bdd`");
    await queryRunner.query("DROP INDEX `IDX_4cda444e6d54bcb410d80f47bd` ON `user`");
    await queryRunner.query(
      "ALTER TABLE `user` ADD CONSTRAINT `FK_4cda444e6d54bcb410d80f47bdd` FOREIGN KEY (`ptceId`) REFERENCES `ptce`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION",
    );
    await queryRunner.query("DROP INDEX `IDX_6620cd026ee2b231beac7cfe57` ON `user`");
  }
}
