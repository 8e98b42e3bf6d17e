import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Instruments1795399248987 implements MigrationInterface {
  name = 'Instruments1795399248987';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"instrument_family\" AS ENUM('COLLABORATIVE', 'COMPETITIVE', 'GRANT', 'AGREEMENT', 'AUTHORIZATION')");
    await queryRunner.query("CREATE TABLE \"instrument\" (\"id\" text NOT NULL, \"name\" text NOT NULL, \"family\" \"public\".\"instrument_family\" NOT NULL, \"phases\" text array NOT NULL DEFAULT '{}', \"legal_basis\" jsonb NOT NULL DEFAULT '[]', \"counterparts\" text NOT NULL, \"counterparts_unverified\" boolean NOT NULL DEFAULT false, \"resource_flow\" text NOT NULL, \"resource_flow_unverified\" boolean NOT NULL DEFAULT false, \"summary\" text NOT NULL, \"when_to_use\" text NOT NULL, \"key_steps\" jsonb NOT NULL DEFAULT '[]', \"constraints\" jsonb NOT NULL DEFAULT '[]', \"case_law\" jsonb NOT NULL DEFAULT '[]', \"case_law_details\" jsonb NOT NULL DEFAULT '[]', \"areas\" text array NOT NULL DEFAULT '{}', \"source_ids\" text array NOT NULL DEFAULT '{}', \"unverified\" boolean NOT NULL DEFAULT false, \"unverified_note\" text, \"regional_note\" text, \"note\" text, \"profile\" jsonb NOT NULL, \"position\" integer NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1707dc7e7c2845211b38bef3d29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"instrument_source_kind\" AS ENUM('LAW', 'RULING', 'GUIDELINE', 'COMMENTARY')");
    await queryRunner.query("CREATE TABLE \"instrument_source\" (\"id\" text NOT NULL, \"title\" text NOT NULL, \"url\" text NOT NULL, \"kind\" \"public\".\"instrument_source_kind\" NOT NULL, \"note\" text, \"unverified\" boolean NOT NULL DEFAULT false, CONSTRAINT \"PK_04c5471d803b2d576acd11e081a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"instrument_relation_kind\" AS ENUM('PRECEDES', 'ALTERNATIVE_TO', 'REQUIRES', 'SPECIALIZES', 'EXCLUDES')");
    await queryRunner.query("CREATE TABLE \"instrument_relation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"from_id\" text NOT NULL, \"to_id\" text NOT NULL, \"kind\" \"public\".\"instrument_relation_kind\" NOT NULL, \"note\" text NOT NULL, \"unverified\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0847bf5a7c0ab4cf4330d13c7a4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_instrument_relation_to\" ON \"instrument_relation\"  (\"to_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_instrument_relation\" ON \"instrument_relation\"  (\"from_id\", \"to_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"instrument_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" text NOT NULL, \"number\" integer NOT NULL, \"snapshot\" jsonb NOT NULL, \"changed_fields\" text array NOT NULL DEFAULT '{}', \"author_id\" uuid, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_849b3e698553e6699d588b1ad3b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_instrument_revision_number\" ON \"instrument_revision\"  (\"instrument_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"instrument_experience\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" text NOT NULL, \"ambito_id\" text, \"space_id\" text, \"area\" text NOT NULL, \"year\" integer NOT NULL, \"description\" text NOT NULL, \"partners\" text array NOT NULL DEFAULT '{}', \"outcome\" text, \"links\" jsonb NOT NULL DEFAULT '[]', \"author_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"chk_instrument_experience_year\" CHECK (\"year\" BETWEEN 2000 AND 2100), CONSTRAINT \"chk_instrument_experience_where\" CHECK (\"ambito_id\" IS NOT NULL OR \"space_id\" IS NOT NULL), CONSTRAINT \"PK_84a9732656ecf51256481853ac9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_instrument_experience_ambito\" ON \"instrument_experience\"  (\"ambito_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_instrument_experience_instrument\" ON \"instrument_experience\"  (\"instrument_id\") ");
    await queryRunner.query("CREATE TABLE \"instrument_comment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" text NOT NULL, \"author_id\" uuid, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dede4814d5450e3346a2d492556\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_instrument_comment_instrument\" ON \"instrument_comment\"  (\"instrument_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"instrument_relation\" ADD CONSTRAINT \"FK_924b16316bba2a3d7f218499f7a\" FOREIGN KEY (\"from_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_relation\" ADD CONSTRAINT \"FK_c111b5bd1dd81e817d2c7d18c3a\" FOREIGN KEY (\"to_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_revision\" ADD CONSTRAINT \"FK_18fec34bc86a584daff1fbe541a\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_revision\" ADD CONSTRAINT \"FK_d0e11f726b672a99f13bdd91a4a\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" ADD CONSTRAINT \"FK_5c4703d9ee827e2c00d8eb3efc0\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" ADD CONSTRAINT \"FK_af18d994bdec9e0e1e9598cca6b\" FOREIGN KEY (\"ambito_id\") REFERENCES \"ambito\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" ADD CONSTRAINT \"FK_9cd84f4f345f755d567f30f75a3\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" ADD CONSTRAINT \"FK_28158fd6c6ea5eb0a74b32401ee\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" ADD CONSTRAINT \"FK_149d471eec2aa3cef91d517a47f\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" ADD CONSTRAINT \"FK_292b7a45c4e852cb43965f04d31\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"instrument_comment\" DROP CONSTRAINT \"FK_292b7a45c4e852cb43965f04d31\"");
    await queryRunner.query("ALTER TABLE \"instrument_comment\" DROP CONSTRAINT \"FK_149d471eec2aa3cef91d517a47f\"");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" DROP CONSTRAINT \"FK_28158fd6c6ea5eb0a74b32401ee\"");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" DROP CONSTRAINT \"FK_9cd84f4f345f755d567f30f75a3\"");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" DROP CONSTRAINT \"FK_af18d994bdec9e0e1e9598cca6b\"");
    await queryRunner.query("ALTER TABLE \"instrument_experience\" DROP CONSTRAINT \"FK_5c4703d9ee827e2c00d8eb3efc0\"");
    await queryRunner.query("ALTER TABLE \"instrument_revision\" DROP CONSTRAINT \"FK_d0e11f726b672a99f13bdd91a4a\"");
    await queryRunner.query("ALTER TABLE \"instrument_revision\" DROP CONSTRAINT \"FK_18fec34bc86a584daff1fbe541a\"");
    await queryRunner.query("ALTER TABLE \"instrument_relation\" DROP CONSTRAINT \"FK_c111b5bd1dd81e817d2c7d18c3a\"");
    await queryRunner.query("ALTER TABLE \"instrument_relation\" DROP CONSTRAINT \"FK_924b16316bba2a3d7f218499f7a\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_instrument_comment_instrument\"");
    await queryRunner.query("DROP TABLE \"instrument_comment\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_instrument_experience_instrument\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_instrument_experience_ambito\"");
    await queryRunner.query("DROP TABLE \"instrument_experience\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_instrument_revision_number\"");
    await queryRunner.query("DROP TABLE \"instrument_revision\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_instrument_relation\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_instrument_relation_to\"");
    await queryRunner.query("DROP TABLE \"instrument_relation\"");
    await queryRunner.query("DROP TYPE \"public\".\"instrument_relation_kind\"");
    await queryRunner.query("DROP TABLE \"instrument_source\"");
    await queryRunner.query("DROP TYPE \"public\".\"instrument_source_kind\"");
    await queryRunner.query("DROP TABLE \"instrument\"");
    await queryRunner.query("DROP TYPE \"public\".\"instrument_family\"");
  }
}
