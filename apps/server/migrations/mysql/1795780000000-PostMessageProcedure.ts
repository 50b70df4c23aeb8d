import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The post path on MySQL/MariaDB in one round trip (threads/thread.service.ts `insertMessage`). The
 * thread row's lock is held from the UPDATE to the COMMIT; with one statement per round trip, every
 * step also waited for the Node event loop, busy with other requests, so posts into one thread queued
 * on a lock held for milliseconds. Here the lock is held for the server's own work and the commit.
 * Not an entity: the migrations check ignores it, and SQLite needs none (its post is synchronous).
 * Its string parameters take the database's default character set and collation, as the tables do
 * (utf8mb4_unicode_ci: README, compose, .ci/run); naming one here would clash with the columns'.
 */
export class PostMessageProcedure1795780000000 implements MigrationInterface {
  name = 'PostMessageProcedure1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE PROCEDURE \`tandem_post_message\`(
      IN \`p_id\` VARCHAR(36), IN \`p_thread\` VARCHAR(36),
      IN \`p_client\` VARCHAR(64),
      IN \`p_author\` VARCHAR(36), IN \`p_body\` TEXT, IN \`p_at\` DATETIME(6))
    BEGIN
      DECLARE \`v_seq\` INT DEFAULT NULL;
      DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
      START TRANSACTION;
      -- Takes the thread row's lock: concurrent posters queue here, so seq order is commit order.
      UPDATE \`thread\` SET \`lastSeq\` = \`lastSeq\` + 1, \`lastActivityAt\` = \`p_at\` WHERE \`id\` = \`p_thread\`;
      IF ROW_COUNT() = 1 THEN
        SELECT \`lastSeq\` INTO \`v_seq\` FROM \`thread\` WHERE \`id\` = \`p_thread\`;
        INSERT INTO \`message\` (\`id\`, \`threadId\`, \`seq\`, \`clientId\`, \`authorId\`, \`body\`, \`createdAt\`)
          VALUES (\`p_id\`, \`p_thread\`, \`v_seq\`, \`p_client\`, \`p_author\`, \`p_body\`, \`p_at\`);
        INSERT INTO \`thread_state\` (\`threadId\`, \`userId\`, \`readSeq\`, \`muted\`) VALUES (\`p_thread\`, \`p_author\`, \`v_seq\`, 0)
          ON DUPLICATE KEY UPDATE \`readSeq\` = GREATEST(\`readSeq\`, VALUES(\`readSeq\`));
      END IF;
      COMMIT;
      SELECT \`v_seq\` AS \`seq\`;
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP PROCEDURE `tandem_post_message`');
  }
}
