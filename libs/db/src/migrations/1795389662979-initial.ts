import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795389662979 implements MigrationInterface {
  name = 'Initial1795389662979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"province\" (\"id\" text NOT NULL, \"name\" text NOT NULL, \"fnps_stated_total_cents\" integer NOT NULL, \"fnps_note\" text NOT NULL DEFAULT '', \"official_comuni_count\" integer NOT NULL, CONSTRAINT \"PK_4f461cb46f57e806516b7073659\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"asst\" (\"id\" text NOT NULL, \"name\" text NOT NULL, CONSTRAINT \"PK_59f65c4b32b404a7a8a995768c3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"distretto\" (\"id\" text NOT NULL, \"number\" integer NOT NULL, \"name\" text NOT NULL, \"asst_id\" text NOT NULL, CONSTRAINT \"PK_c168a427fce69b7726d1e0ccdd3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"ambito\" (\"id\" text NOT NULL, \"name\" text NOT NULL, \"aliases\" text array NOT NULL DEFAULT '{}', \"distretto_id\" text NOT NULL, \"fnps_quota_cents\" integer NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"PK_d0547625737ed70e2022c7db63c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"comune\" (\"id\" text NOT NULL, \"name\" text NOT NULL, \"probable_official_name\" text, \"ambito_id\" text NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"PK_209d09b91733bc0181b3de0c836\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_comune_ambito\" ON \"comune\"  (\"ambito_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organization_sector\" AS ENUM('PA', 'ETS', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" text NOT NULL, \"name\" text NOT NULL, \"sector\" \"public\".\"organization_sector\" NOT NULL, \"type\" text NOT NULL, \"fiscal_code\" text, \"runts_number\" text, \"ambito_id\" text, \"parent_id\" text, \"aliases\" text array NOT NULL DEFAULT '{}', \"notes\" text, \"search_text\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_organization_sector\" ON \"organization\"  (\"sector\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_organization_fiscal_code\" ON \"organization\"  (\"fiscal_code\") WHERE \"fiscal_code\" IS NOT NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"platform_role\" AS ENUM('ADMIN', 'USER')");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text, \"platform_role\" \"public\".\"platform_role\" NOT NULL DEFAULT 'USER', \"disabled_at\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"organization_membership\" (\"user_id\" uuid NOT NULL, \"organization_id\" text NOT NULL, \"position\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4c0dd6adaf8fc161026db004550\" PRIMARY KEY (\"user_id\", \"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"user_session\" (\"token_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"user_agent\" text, CONSTRAINT \"PK_9ccf6d901cef4067214284f327e\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"idx_user_session_user\" ON \"user_session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_token_purpose\" AS ENUM('INVITATION', 'PASSWORD_RESET')");
    await queryRunner.query("CREATE TABLE \"user_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" text NOT NULL, \"user_id\" uuid NOT NULL, \"purpose\" \"public\".\"user_token_purpose\" NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_48cb6b5c20faa63157b3c1baf7f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_user_token_hash\" ON \"user_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"idx_user_token_user\" ON \"user_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"outbox_email\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"to_address\" text NOT NULL, \"subject\" text NOT NULL, \"text_body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, CONSTRAINT \"PK_b55f4d8ab961614aa75da7a668d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_outbox_email_pending\" ON \"outbox_email\"  (\"sent_at\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" BIGSERIAL NOT NULL, \"actor_id\" uuid, \"action\" text NOT NULL, \"entity_type\" text NOT NULL, \"entity_id\" text NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"details\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_audit_event_entity\" ON \"audit_event\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("ALTER TABLE \"distretto\" ADD CONSTRAINT \"FK_a8f9c8b3c3a97fe3e92c400182c\" FOREIGN KEY (\"asst_id\") REFERENCES \"asst\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ambito\" ADD CONSTRAINT \"FK_d7fbaaf045ac5690cb8d4cd4078\" FOREIGN KEY (\"distretto_id\") REFERENCES \"distretto\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"comune\" ADD CONSTRAINT \"FK_8cc7d529d12de3932089eac99ad\" FOREIGN KEY (\"ambito_id\") REFERENCES \"ambito\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"FK_8af4ca8f2399cb1d877c5b26270\" FOREIGN KEY (\"ambito_id\") REFERENCES \"ambito\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"FK_15acafd6698ac846c6b6a6a50ec\" FOREIGN KEY (\"parent_id\") REFERENCES \"organization\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization_membership\" ADD CONSTRAINT \"FK_8d5d2e1483a59e6c008e4ef9e28\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization_membership\" ADD CONSTRAINT \"FK_9ca5d2cb892f7d4a8ff6eebd420\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_session\" ADD CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_token\" ADD CONSTRAINT \"FK_79ac751931054ef450a2ee47778\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user_token\" DROP CONSTRAINT \"FK_79ac751931054ef450a2ee47778\"");
    await queryRunner.query("ALTER TABLE \"user_session\" DROP CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\"");
    await queryRunner.query("ALTER TABLE \"organization_membership\" DROP CONSTRAINT \"FK_9ca5d2cb892f7d4a8ff6eebd420\"");
    await queryRunner.query("ALTER TABLE \"organization_membership\" DROP CONSTRAINT \"FK_8d5d2e1483a59e6c008e4ef9e28\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"FK_15acafd6698ac846c6b6a6a50ec\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"FK_8af4ca8f2399cb1d877c5b26270\"");
    await queryRunner.query("ALTER TABLE \"comune\" DROP CONSTRAINT \"FK_8cc7d529d12de3932089eac99ad\"");
    await queryRunner.query("ALTER TABLE \"ambito\" DROP CONSTRAINT \"FK_d7fbaaf045ac5690cb8d4cd4078\"");
    await queryRunner.query("ALTER TABLE \"distretto\" DROP CONSTRAINT \"FK_a8f9c8b3c3a97fe3e92c400182c\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_event_entity\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_outbox_email_pending\"");
    await queryRunner.query("DROP TABLE \"outbox_email\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_user_token_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_user_token_hash\"");
    await queryRunner.query("DROP TABLE \"user_token\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_token_purpose\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_user_session_user\"");
    await queryRunner.query("DROP TABLE \"user_session\"");
    await queryRunner.query("DROP TABLE \"organization_membership\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TYPE \"public\".\"platform_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_organization_fiscal_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_organization_sector\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TYPE \"public\".\"organization_sector\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_comune_ambito\"");
    await queryRunner.query("DROP TABLE \"comune\"");
    await queryRunner.query("DROP TABLE \"ambito\"");
    await queryRunner.query("DROP TABLE \"distretto\"");
    await queryRunner.query("DROP TABLE \"asst\"");
    await queryRunner.query("DROP TABLE \"province\"");
  }
}
