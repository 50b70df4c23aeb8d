import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserIndexes1795776619298 implements MigrationInterface {
  name = 'UserIndexes1795776619298';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_6620cd026ee2b231beac7cfe57` ON `user` (`role`)");
    await queryRunner.query("CREATE INDEX `IDX_4cda444e6d54bcb410d80f47bd` ON `user` (`ptceId`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_4cda444e6d54bcb410d80f47bd` ON `user`");
    await queryRunner.query("DROP INDEX `IDX_6620cd026ee2b231beac7cfe57` ON `user`");
  }
}
