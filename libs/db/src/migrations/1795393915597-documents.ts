import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795393915597 implements MigrationInterface {
  name = 'Documents1795393915597';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"collab_ticket\" (\"token_hash\" text NOT NULL, \"document_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_0304d1f3aa378fd0ca38d2d6e7e\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"idx_collab_ticket_expiry\" ON \"collab_ticket\"  (\"expires_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"document_kind\" AS ENUM('PROPOSAL', 'MINUTES', 'MODEL', 'NOTE')");
    await queryRunner.query("CREATE TABLE \"document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" text NOT NULL, \"kind\" \"public\".\"document_kind\" NOT NULL, \"title\" text NOT NULL, \"archived_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_edited_by_id\" uuid, \"last_edited_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_e57d3357f83f3cdc0acffc3d777\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_document_space\" ON \"document\"  (\"space_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"yjs_snapshot\" (\"document_id\" uuid NOT NULL, \"state\" bytea NOT NULL, \"up_to_id\" bigint NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a52352b1708b1bb81dfe7a1a664\" PRIMARY KEY (\"document_id\"))");
    await queryRunner.query("CREATE TABLE \"yjs_update\" (\"id\" BIGSERIAL NOT NULL, \"document_id\" uuid NOT NULL, \"bytes\" bytea NOT NULL, \"author_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d51d08e6dd992136cb6432c1931\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_yjs_update_document\" ON \"yjs_update\"  (\"document_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"document\" ADD CONSTRAINT \"FK_c3aaba89350ce3b7b939aa28bf8\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"document\" DROP CONSTRAINT \"FK_c3aaba89350ce3b7b939aa28bf8\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_yjs_update_document\"");
    await queryRunner.query("DROP TABLE \"yjs_update\"");
    await queryRunner.query("DROP TABLE \"yjs_snapshot\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_document_space\"");
    await queryRunner.query("DROP TABLE \"document\"");
    await queryRunner.query("DROP TYPE \"public\".\"document_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_collab_ticket_expiry\"");
    await queryRunner.query("DROP TABLE \"collab_ticket\"");
  }
}
