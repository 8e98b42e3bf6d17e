import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795403084011 implements MigrationInterface {
  name = 'Reports1795403084011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"semester_assessment\" (\"objective_id\" text NOT NULL, \"semester\" text NOT NULL, \"document_id\" uuid NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_74e6058d98bdf8e105497f7c0e3\" UNIQUE (\"document_id\"), CONSTRAINT \"PK_660252f118d9ef014e078f47c9f\" PRIMARY KEY (\"objective_id\", \"semester\"))");
    await queryRunner.query("CREATE TABLE \"semester_report_publication\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"objective_id\" text NOT NULL, \"semester\" text NOT NULL, \"html\" text NOT NULL, \"blocks\" jsonb NOT NULL, \"content_sha256\" character(64) NOT NULL, \"published_by_id\" uuid NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_278b802ecbcebe5771055932ecd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_semester_report_publication\" ON \"semester_report_publication\"  (\"objective_id\", \"semester\") ");
    await queryRunner.query("ALTER TABLE \"semester_assessment\" ADD CONSTRAINT \"FK_74e6058d98bdf8e105497f7c0e3\" FOREIGN KEY (\"document_id\") REFERENCES \"document\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // A published semester report never changes (like published minutes).
    await queryRunner.query(`CREATE FUNCTION semester_report_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'semester_report_publication is published and cannot be changed or deleted' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query('CREATE TRIGGER semester_report_immutable BEFORE UPDATE OR DELETE ON "semester_report_publication" FOR EACH ROW EXECUTE FUNCTION semester_report_immutable()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER semester_report_immutable ON "semester_report_publication"');
    await queryRunner.query('DROP FUNCTION semester_report_immutable()');
    await queryRunner.query("ALTER TABLE \"semester_assessment\" DROP CONSTRAINT \"FK_74e6058d98bdf8e105497f7c0e3\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_semester_report_publication\"");
    await queryRunner.query("DROP TABLE \"semester_report_publication\"");
    await queryRunner.query("DROP TABLE \"semester_assessment\"");
  }
}
