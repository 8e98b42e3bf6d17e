import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Models1795401251906 implements MigrationInterface {
  name = 'Models1795401251906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"model_status\" AS ENUM('DRAFTING', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')");
    await queryRunner.query("CREATE TABLE \"model\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" text NOT NULL, \"title\" text NOT NULL, \"document_id\" uuid NOT NULL, \"status\" \"public\".\"model_status\" NOT NULL DEFAULT 'DRAFTING', \"approved_version_id\" uuid, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_18b0d6d72e6e3fadb899fc05de1\" UNIQUE (\"document_id\"), CONSTRAINT \"PK_d6df271bba301d5cc79462912a4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_model_space\" ON \"model\"  (\"space_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"model_version_status\" AS ENUM('CONSOLIDATED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED', 'SUPERSEDED')");
    await queryRunner.query("CREATE TABLE \"model_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"model_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"changelog\" text NOT NULL, \"html\" text NOT NULL, \"blocks\" jsonb NOT NULL, \"state\" bytea NOT NULL, \"content_sha256\" character(64) NOT NULL, \"contributor_ids\" uuid array NOT NULL DEFAULT '{}', \"up_to_update_id\" bigint NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"status\" \"public\".\"model_version_status\" NOT NULL DEFAULT 'CONSOLIDATED', \"status_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1213bca4e8ee7ac1323cc4bf454\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_model_version_number\" ON \"model_version\"  (\"model_id\", \"number\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"review_rule\" AS ENUM('MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES')");
    await queryRunner.query("CREATE TYPE \"public\".\"review_outcome\" AS ENUM('APPROVED', 'CHANGES_REQUESTED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"model_review\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version_id\" uuid NOT NULL, \"due_date\" date NOT NULL, \"rule\" \"public\".\"review_rule\" NOT NULL, \"opened_by_id\" uuid NOT NULL, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"closed_at\" TIMESTAMP WITH TIME ZONE, \"outcome\" \"public\".\"review_outcome\", \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"reminder_sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_0e9a797d3a0acb25612234a9349\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_model_review_version\" ON \"model_review\"  (\"version_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"review_decision_value\" AS ENUM('FAVOURABLE', 'FAVOURABLE_WITH_REMARKS', 'CHANGES_REQUESTED', 'UNFAVOURABLE')");
    await queryRunner.query("CREATE TABLE \"review_decision\" (\"review_id\" uuid NOT NULL, \"reviewer_id\" uuid NOT NULL, \"decision\" \"public\".\"review_decision_value\" NOT NULL, \"motivation\" text NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c9094f8c700222ededd46866d81\" PRIMARY KEY (\"review_id\", \"reviewer_id\"))");
    await queryRunner.query("CREATE TABLE \"review_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"review_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"passage\" text, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_81a77699383553c51a2d444a8a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_review_comment_review\" ON \"review_comment\"  (\"review_id\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"space_review_rule\" AS ENUM('MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES')");
    await queryRunner.query("ALTER TABLE \"space\" ADD \"review_rule\" \"public\".\"space_review_rule\" NOT NULL DEFAULT 'MAJORITY'");
    await queryRunner.query("ALTER TABLE \"model\" ADD CONSTRAINT \"FK_0b59ba304fd634bfb908943b345\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"model\" ADD CONSTRAINT \"FK_18b0d6d72e6e3fadb899fc05de1\" FOREIGN KEY (\"document_id\") REFERENCES \"document\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"model_version\" ADD CONSTRAINT \"FK_959afe36ff1a069b7cfbdb65ece\" FOREIGN KEY (\"model_id\") REFERENCES \"model\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"model_review\" ADD CONSTRAINT \"FK_5423d2361e7ab65fe3a2fb66984\" FOREIGN KEY (\"version_id\") REFERENCES \"model_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review_decision\" ADD CONSTRAINT \"FK_e1f2f55cefb68a9d6718a629644\" FOREIGN KEY (\"review_id\") REFERENCES \"model_review\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review_comment\" ADD CONSTRAINT \"FK_9be997c060c27670ba126e7e995\" FOREIGN KEY (\"review_id\") REFERENCES \"model_review\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // A consolidated version never changes: only its status moves on (in review, approved…).
    await queryRunner.query(`CREATE FUNCTION model_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (NEW.id, NEW.model_id, NEW.number, NEW.changelog, NEW.html, NEW.blocks, NEW.state, NEW.content_sha256, NEW.contributor_ids, NEW.up_to_update_id, NEW.created_by_id, NEW.created_at)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.model_id, OLD.number, OLD.changelog, OLD.html, OLD.blocks, OLD.state, OLD.content_sha256, OLD.contributor_ids, OLD.up_to_update_id, OLD.created_by_id, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        IF TG_LEVEL = 'ROW' THEN
          RAISE EXCEPTION 'model_version % is consolidated and cannot be changed or deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RAISE EXCEPTION 'model_version is append-only' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query('CREATE TRIGGER model_version_immutable BEFORE UPDATE OR DELETE ON "model_version" FOR EACH ROW EXECUTE FUNCTION model_version_immutable()');
    await queryRunner.query('CREATE TRIGGER model_version_no_truncate BEFORE TRUNCATE ON "model_version" FOR EACH STATEMENT EXECUTE FUNCTION model_version_immutable()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER model_version_no_truncate ON "model_version"');
    await queryRunner.query('DROP TRIGGER model_version_immutable ON "model_version"');
    await queryRunner.query('DROP FUNCTION model_version_immutable()');
    await queryRunner.query("ALTER TABLE \"review_comment\" DROP CONSTRAINT \"FK_9be997c060c27670ba126e7e995\"");
    await queryRunner.query("ALTER TABLE \"review_decision\" DROP CONSTRAINT \"FK_e1f2f55cefb68a9d6718a629644\"");
    await queryRunner.query("ALTER TABLE \"model_review\" DROP CONSTRAINT \"FK_5423d2361e7ab65fe3a2fb66984\"");
    await queryRunner.query("ALTER TABLE \"model_version\" DROP CONSTRAINT \"FK_959afe36ff1a069b7cfbdb65ece\"");
    await queryRunner.query("ALTER TABLE \"model\" DROP CONSTRAINT \"FK_18b0d6d72e6e3fadb899fc05de1\"");
    await queryRunner.query("ALTER TABLE \"model\" DROP CONSTRAINT \"FK_0b59ba304fd634bfb908943b345\"");
    await queryRunner.query("ALTER TABLE \"space\" DROP COLUMN \"review_rule\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_review_rule\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_review_comment_review\"");
    await queryRunner.query("DROP TABLE \"review_comment\"");
    await queryRunner.query("DROP TABLE \"review_decision\"");
    await queryRunner.query("DROP TYPE \"public\".\"review_decision_value\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_model_review_version\"");
    await queryRunner.query("DROP TABLE \"model_review\"");
    await queryRunner.query("DROP TYPE \"public\".\"review_outcome\"");
    await queryRunner.query("DROP TYPE \"public\".\"review_rule\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_model_version_number\"");
    await queryRunner.query("DROP TABLE \"model_version\"");
    await queryRunner.query("DROP TYPE \"public\".\"model_version_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_model_space\"");
    await queryRunner.query("DROP TABLE \"model\"");
    await queryRunner.query("DROP TYPE \"public\".\"model_status\"");
  }
}
