import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group commit of posts on MySQL/MariaDB (threads/thread.service.ts `insertMessages`): the posts
 * into one thread that arrived while its previous batch was being written go in one call and one
 * transaction, so concurrent posters no longer queue one commit each behind the thread row's lock.
 * Each post is what `tandem_post_message` did, under a savepoint of its own:
 * the seq is taken from the thread row, the message and the author's read position written; a post
 * whose (author, clientId) is already stored is undone alone and answered -1 (its retry's answer
 * comes from the stored message); one whose own data is refused (its author gone, a value too long)
 * is undone alone and answered -2; NULL when the thread does not exist. Any other error rolls the
 * whole batch back and is raised. The answer is a JSON array of the seqs, in the items' order.
 * Items: a JSON array of {id, client, author, body, at}. `tandem_post_message` is left in place:
 * instances still running the previous release call it until they are replaced (a later release
 * drops it). Only literal JSON paths and JSON_TABLE, so that MySQL 8 takes it as MariaDB does.
 */
export class PostMessagesProcedure1795790000000 implements MigrationInterface {
  name = 'PostMessagesProcedure1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The items are read once, in order, by a cursor over JSON_TABLE (JSON_VALUE by index would parse
    // the whole text again for every field: quadratic in the batch's size, under the thread's lock).
    await queryRunner.query(`CREATE PROCEDURE \`tandem_post_messages\`(IN \`p_thread\` VARCHAR(36), IN \`p_items\` LONGTEXT)
    BEGIN
      DECLARE \`v_done\` INT DEFAULT 0;
      DECLARE \`v_seq\` INT DEFAULT NULL;
      DECLARE \`v_id\` VARCHAR(36);
      DECLARE \`v_client\` VARCHAR(64);
      DECLARE \`v_author\` VARCHAR(36);
      DECLARE \`v_body\` LONGTEXT;
      DECLARE \`v_at\` DATETIME(6);
      DECLARE \`v_duplicate\` INT DEFAULT 0;
      DECLARE \`v_refused\` INT DEFAULT 0;
      DECLARE \`v_out\` LONGTEXT DEFAULT '[]';
      DECLARE \`v_items\` CURSOR FOR
        SELECT \`j\`.\`id\`, \`j\`.\`client\`, \`j\`.\`author\`, \`j\`.\`body\`, \`j\`.\`at\`
        FROM JSON_TABLE(\`p_items\`, '$[*]' COLUMNS (
          \`ord\` FOR ORDINALITY,
          \`id\` VARCHAR(36) CHARACTER SET utf8mb4 PATH '$.id',
          \`client\` VARCHAR(64) CHARACTER SET utf8mb4 PATH '$.client',
          \`author\` VARCHAR(36) CHARACTER SET utf8mb4 PATH '$.author',
          \`body\` LONGTEXT CHARACTER SET utf8mb4 PATH '$.body',
          \`at\` DATETIME(6) PATH '$.at')) AS \`j\`
        ORDER BY \`j\`.\`ord\`;
      DECLARE CONTINUE HANDLER FOR NOT FOUND SET \`v_done\` = 1;
      DECLARE CONTINUE HANDLER FOR 1062 SET \`v_duplicate\` = 1;
      -- ER_NO_REFERENCED_ROW_2, ER_DATA_TOO_LONG: this post's own data, not the batch's.
      DECLARE CONTINUE HANDLER FOR 1452, 1406 SET \`v_refused\` = 1;
      DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
      IF JSON_VALID(\`p_items\`) = 0 OR JSON_TYPE(\`p_items\`) <> 'ARRAY' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'tandem_post_messages: items are not a JSON array';
      END IF;
      START TRANSACTION;
      OPEN \`v_items\`;
      read_items: LOOP
        FETCH \`v_items\` INTO \`v_id\`, \`v_client\`, \`v_author\`, \`v_body\`, \`v_at\`;
        IF \`v_done\` = 1 THEN LEAVE read_items; END IF;
        SET \`v_duplicate\` = 0, \`v_refused\` = 0, \`v_seq\` = NULL;
        SAVEPOINT \`one_post\`;
        -- Takes the thread row's lock (held to the COMMIT): seq order is commit order.
        UPDATE \`thread\` SET \`lastSeq\` = \`lastSeq\` + 1, \`lastActivityAt\` = \`v_at\` WHERE \`id\` = \`p_thread\`;
        IF ROW_COUNT() = 1 THEN
          SELECT \`lastSeq\` INTO \`v_seq\` FROM \`thread\` WHERE \`id\` = \`p_thread\`;
          INSERT INTO \`message\` (\`id\`, \`threadId\`, \`seq\`, \`clientId\`, \`authorId\`, \`body\`, \`createdAt\`)
            VALUES (\`v_id\`, \`p_thread\`, \`v_seq\`, \`v_client\`, \`v_author\`, \`v_body\`, \`v_at\`);
          IF \`v_duplicate\` = 0 AND \`v_refused\` = 0 THEN
            INSERT INTO \`thread_state\` (\`threadId\`, \`userId\`, \`readSeq\`, \`muted\`) VALUES (\`p_thread\`, \`v_author\`, \`v_seq\`, 0)
              ON DUPLICATE KEY UPDATE \`readSeq\` = GREATEST(\`readSeq\`, VALUES(\`readSeq\`));
          END IF;
          IF \`v_duplicate\` = 1 OR \`v_refused\` = 1 THEN
            ROLLBACK TO SAVEPOINT \`one_post\`;
            SET \`v_seq\` = IF(\`v_duplicate\` = 1, -1, -2);
          END IF;
        END IF;
        RELEASE SAVEPOINT \`one_post\`;
        SET \`v_out\` = JSON_ARRAY_APPEND(\`v_out\`, '$', \`v_seq\`);
      END LOOP;
      CLOSE \`v_items\`;
      COMMIT;
      SELECT \`v_out\` AS \`seqs\`;
    END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP PROCEDURE `tandem_post_messages`');
  }
}
