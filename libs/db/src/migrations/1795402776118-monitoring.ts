import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795402776118 implements MigrationInterface {
  name = 'Monitoring1795402776118';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"evidence_kind\" AS ENUM('MINUTES', 'MODEL_VERSION', 'DOCUMENT', 'LINK')");
    await queryRunner.query("CREATE TABLE \"action_evidence\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"action_id\" uuid NOT NULL, \"kind\" \"public\".\"evidence_kind\" NOT NULL, \"ref_id\" uuid, \"url\" text, \"label\" text NOT NULL, \"added_by_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_164eb386d10f0e78b0f5b5c454a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_action_evidence_action\" ON \"action_evidence\"  (\"action_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"indicator_unit\" AS ENUM('COUNT', 'PERCENT', 'EUR', 'NUMBER')");
    await queryRunner.query("CREATE TYPE \"public\".\"indicator_direction\" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')");
    await queryRunner.query("CREATE TYPE \"public\".\"computed_indicator\" AS ENUM('MEETINGS_HELD', 'MINUTES_PUBLISHED', 'MODEL_VERSIONS_APPROVED', 'EXPERIENCES_RECORDED')");
    await queryRunner.query("CREATE TABLE \"indicator\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"objective_id\" text, \"space_id\" text, \"name\" text NOT NULL, \"unit\" \"public\".\"indicator_unit\" NOT NULL, \"direction\" \"public\".\"indicator_direction\" NOT NULL DEFAULT 'HIGHER_IS_BETTER', \"baseline_value\" numeric, \"baseline_date\" date, \"data_source\" text NOT NULL DEFAULT '', \"computed\" \"public\".\"computed_indicator\", \"is_public\" boolean NOT NULL DEFAULT true, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4693fe4c2cb912a71e05c589e7e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_indicator_objective\" ON \"indicator\"  (\"objective_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"indicator_target\" (\"indicator_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"value\" numeric NOT NULL, CONSTRAINT \"PK_1740e90fed0c0a2b2d1e67f83e2\" PRIMARY KEY (\"indicator_id\", \"year\"))");
    await queryRunner.query("CREATE TABLE \"indicator_value\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"indicator_id\" uuid NOT NULL, \"semester\" text NOT NULL, \"value\" numeric NOT NULL, \"note\" text NOT NULL DEFAULT '', \"entered_by_id\" uuid NOT NULL, \"entered_at\" TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ea77b6059a4a7f24be8e748d541\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_indicator_value\" ON \"indicator_value\"  (\"indicator_id\", \"semester\", \"entered_at\") ");
    await queryRunner.query("ALTER TABLE \"objective\" ADD \"tools\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"objective\" ADD \"monitoring\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"objective\" ADD \"evaluation\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"objective\" ADD \"governance_bodies\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("CREATE TYPE \"public\".\"action_status\" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED')");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"status\" \"public\".\"action_status\" NOT NULL DEFAULT 'NOT_STARTED'");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"status_justification\" text");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"owner_body\" text");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"status_changed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"status_changed_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"due_date\" date");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"space_id\" text");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD \"evidence_required\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_objective_action_objective\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" ALTER COLUMN \"objective_id\" DROP NOT NULL");
    await queryRunner.query("CREATE INDEX \"idx_objective_action_objective\" ON \"objective_action\"  (\"objective_id\", \"position\") ");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\" FOREIGN KEY (\"objective_id\") REFERENCES \"objective\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_evidence\" ADD CONSTRAINT \"FK_1ec8d97fa89e1a44594f033ab12\" FOREIGN KEY (\"action_id\") REFERENCES \"objective_action\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"indicator\" ADD CONSTRAINT \"FK_edf74d698190f241e9a15c50bc4\" FOREIGN KEY (\"objective_id\") REFERENCES \"objective\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"indicator_target\" ADD CONSTRAINT \"FK_aee24e10c440f5e7e44f95ce3bd\" FOREIGN KEY (\"indicator_id\") REFERENCES \"indicator\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"indicator_value\" ADD CONSTRAINT \"FK_fb4de0d5692458e282e755eb235\" FOREIGN KEY (\"indicator_id\") REFERENCES \"indicator\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Half-year values are history: a correction is a new row, the old one stays.
    await queryRunner.query(`CREATE FUNCTION indicator_value_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'indicator_value is append-only: enter a correction as a new value' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query('CREATE TRIGGER indicator_value_append_only BEFORE UPDATE ON "indicator_value" FOR EACH ROW EXECUTE FUNCTION indicator_value_append_only()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER indicator_value_append_only ON "indicator_value"');
    await queryRunner.query('DROP FUNCTION indicator_value_append_only()');
    await queryRunner.query("ALTER TABLE \"indicator_value\" DROP CONSTRAINT \"FK_fb4de0d5692458e282e755eb235\"");
    await queryRunner.query("ALTER TABLE \"indicator_target\" DROP CONSTRAINT \"FK_aee24e10c440f5e7e44f95ce3bd\"");
    await queryRunner.query("ALTER TABLE \"indicator\" DROP CONSTRAINT \"FK_edf74d698190f241e9a15c50bc4\"");
    await queryRunner.query("ALTER TABLE \"action_evidence\" DROP CONSTRAINT \"FK_1ec8d97fa89e1a44594f033ab12\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_objective_action_objective\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" ALTER COLUMN \"objective_id\" SET NOT NULL");
    await queryRunner.query("CREATE INDEX \"idx_objective_action_objective\" ON \"objective_action\" USING btree (\"objective_id\", \"position\") ");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\" FOREIGN KEY (\"objective_id\") REFERENCES \"objective\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"evidence_required\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"space_id\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"due_date\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"status_changed_by_id\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"status_changed_at\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"owner_body\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"status_justification\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP COLUMN \"status\"");
    await queryRunner.query("DROP TYPE \"public\".\"action_status\"");
    await queryRunner.query("ALTER TABLE \"objective\" DROP COLUMN \"governance_bodies\"");
    await queryRunner.query("ALTER TABLE \"objective\" DROP COLUMN \"evaluation\"");
    await queryRunner.query("ALTER TABLE \"objective\" DROP COLUMN \"monitoring\"");
    await queryRunner.query("ALTER TABLE \"objective\" DROP COLUMN \"tools\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_indicator_value\"");
    await queryRunner.query("DROP TABLE \"indicator_value\"");
    await queryRunner.query("DROP TABLE \"indicator_target\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_indicator_objective\"");
    await queryRunner.query("DROP TABLE \"indicator\"");
    await queryRunner.query("DROP TYPE \"public\".\"computed_indicator\"");
    await queryRunner.query("DROP TYPE \"public\".\"indicator_direction\"");
    await queryRunner.query("DROP TYPE \"public\".\"indicator_unit\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_action_evidence_action\"");
    await queryRunner.query("DROP TABLE \"action_evidence\"");
    await queryRunner.query("DROP TYPE \"public\".\"evidence_kind\"");
  }
}
