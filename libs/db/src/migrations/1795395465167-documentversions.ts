import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentVersions1795395465167 implements MigrationInterface {
  name = 'DocumentVersions1795395465167';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"document_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"document_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"name\" text NOT NULL, \"state\" bytea NOT NULL, \"text\" text NOT NULL, \"up_to_update_id\" bigint NOT NULL, \"contributor_ids\" uuid array NOT NULL DEFAULT '{}', \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a4c39c95456c5dbb2e96cca713c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_document_version_number\" ON \"document_version\"  (\"document_id\", \"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"uq_document_version_number\"");
    await queryRunner.query("DROP TABLE \"document_version\"");
  }
}
