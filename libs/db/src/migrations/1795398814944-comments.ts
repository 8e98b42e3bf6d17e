import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1795398814944 implements MigrationInterface {
  name = 'Comments1795398814944';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"comment_thread\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"document_id\" uuid NOT NULL, \"anchor_start\" bytea NOT NULL, \"anchor_end\" bytea NOT NULL, \"quote\" text NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"resolved_by_id\" uuid, CONSTRAINT \"PK_be68531edd9305c665090a8a389\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_comment_thread_document\" ON \"comment_thread\"  (\"document_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"thread_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0b0e4bbc8415ec426f87f3a88e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_comment_thread\" ON \"comment\"  (\"thread_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"comment_thread\" ADD CONSTRAINT \"FK_2e10aa86748d64643c2a3c79ec3\" FOREIGN KEY (\"document_id\") REFERENCES \"document\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comment\" ADD CONSTRAINT \"FK_be68531edd9305c665090a8a389\" FOREIGN KEY (\"thread_id\") REFERENCES \"comment_thread\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"comment\" DROP CONSTRAINT \"FK_be68531edd9305c665090a8a389\"");
    await queryRunner.query("ALTER TABLE \"comment_thread\" DROP CONSTRAINT \"FK_2e10aa86748d64643c2a3c79ec3\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_comment_thread\"");
    await queryRunner.query("DROP TABLE \"comment\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_comment_thread_document\"");
    await queryRunner.query("DROP TABLE \"comment_thread\"");
  }
}
