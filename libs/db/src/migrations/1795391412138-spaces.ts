import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Spaces1795391412138 implements MigrationInterface {
  name = 'Spaces1795391412138';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"space_kind\" AS ENUM('TAVOLO', 'GRUPPO_DI_LAVORO', 'CABINA_DI_REGIA', 'COORDINAMENTO', 'LABORATORIO', 'ORGANISMO')");
    await queryRunner.query("CREATE TYPE \"public\".\"space_scope\" AS ENUM('PROVINCIALE', 'ASST', 'DISTRETTO', 'AMBITO')");
    await queryRunner.query("CREATE TYPE \"public\".\"space_visibility\" AS ENUM('MEMBERS', 'PUBLIC')");
    await queryRunner.query("CREATE TABLE \"space\" (\"id\" text NOT NULL, \"kind\" \"public\".\"space_kind\" NOT NULL, \"name\" text NOT NULL, \"description\" text, \"scope\" \"public\".\"space_scope\" NOT NULL, \"ambito_id\" text, \"parent_id\" text, \"visibility\" \"public\".\"space_visibility\" NOT NULL DEFAULT 'MEMBERS', \"archived_at\" TIMESTAMP WITH TIME ZONE, \"search_text\" text NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_094f5ec727fe052956a11623640\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_space_parent\" ON \"space\"  (\"parent_id\") ");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"space_id\" text, \"title\" text NOT NULL, \"body\" text, \"link\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_notification_user\" ON \"notification\"  (\"user_id\", \"read_at\", \"created_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"objective_track\" AS ENUM('INTEGRAZIONE_SOCIOSANITARIA', 'SOCIALE')");
    await queryRunner.query("CREATE TABLE \"objective\" (\"id\" text NOT NULL, \"track\" \"public\".\"objective_track\" NOT NULL, \"number\" integer NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"goals\" text array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_1084365b2a588160b31361a252e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"objective_action\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"objective_id\" text NOT NULL, \"year\" integer, \"years\" integer array NOT NULL DEFAULT '{}', \"text\" text NOT NULL, \"setting\" text, \"position\" integer NOT NULL, CONSTRAINT \"PK_582692449a5f23b7281817a4009\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_objective_action_objective\" ON \"objective_action\"  (\"objective_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"space_role\" AS ENUM('COORDINATOR', 'MEMBER', 'OBSERVER', 'REVIEWER')");
    await queryRunner.query("CREATE TABLE \"space_member\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" text NOT NULL, \"user_id\" uuid NOT NULL, \"organization_id\" text, \"role\" \"public\".\"space_role\" NOT NULL, \"invited_by_id\" uuid, \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_11ebe76f334b83775730cb38f7e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_space_member_user\" ON \"space_member\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_space_member\" ON \"space_member\"  (\"space_id\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"space_objective\" (\"space_id\" text NOT NULL, \"objective_id\" text NOT NULL, CONSTRAINT \"PK_282fb7e333f1ed1ac3f1a0df80c\" PRIMARY KEY (\"space_id\", \"objective_id\"))");
    await queryRunner.query("CREATE TABLE \"space_organization\" (\"space_id\" text NOT NULL, \"organization_id\" text NOT NULL, CONSTRAINT \"PK_3da58375870c33d3deacb12eb34\" PRIMARY KEY (\"space_id\", \"organization_id\"))");
    await queryRunner.query("ALTER TABLE \"audit_event\" ADD \"space_id\" text");
    await queryRunner.query("CREATE INDEX \"idx_audit_event_space\" ON \"audit_event\"  (\"space_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"space\" ADD CONSTRAINT \"FK_97ca465be1dda73951bb042ce61\" FOREIGN KEY (\"ambito_id\") REFERENCES \"ambito\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space\" ADD CONSTRAINT \"FK_72d8a45478d3c7d83aa0454a5d0\" FOREIGN KEY (\"parent_id\") REFERENCES \"space\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_50eec31438928db66b5b762a129\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"objective_action\" ADD CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\" FOREIGN KEY (\"objective_id\") REFERENCES \"objective\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_member\" ADD CONSTRAINT \"FK_c03ae5dbb51529c480287658f71\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_member\" ADD CONSTRAINT \"FK_e98d6d657d9789a4a516a925d41\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_member\" ADD CONSTRAINT \"FK_4d9d6c6b1b07275a58936228152\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_objective\" ADD CONSTRAINT \"FK_eea68590a4f7fc882db575fe805\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_objective\" ADD CONSTRAINT \"FK_079798b0eff39f1b86967c13442\" FOREIGN KEY (\"objective_id\") REFERENCES \"objective\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_organization\" ADD CONSTRAINT \"FK_645d06be78418609f84237d3a74\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"space_organization\" ADD CONSTRAINT \"FK_802e30bb6efaf393e8e1d6a19c1\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"space_organization\" DROP CONSTRAINT \"FK_802e30bb6efaf393e8e1d6a19c1\"");
    await queryRunner.query("ALTER TABLE \"space_organization\" DROP CONSTRAINT \"FK_645d06be78418609f84237d3a74\"");
    await queryRunner.query("ALTER TABLE \"space_objective\" DROP CONSTRAINT \"FK_079798b0eff39f1b86967c13442\"");
    await queryRunner.query("ALTER TABLE \"space_objective\" DROP CONSTRAINT \"FK_eea68590a4f7fc882db575fe805\"");
    await queryRunner.query("ALTER TABLE \"space_member\" DROP CONSTRAINT \"FK_4d9d6c6b1b07275a58936228152\"");
    await queryRunner.query("ALTER TABLE \"space_member\" DROP CONSTRAINT \"FK_e98d6d657d9789a4a516a925d41\"");
    await queryRunner.query("ALTER TABLE \"space_member\" DROP CONSTRAINT \"FK_c03ae5dbb51529c480287658f71\"");
    await queryRunner.query("ALTER TABLE \"objective_action\" DROP CONSTRAINT \"FK_98fd5ce9b34122dd573aba60373\"");
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_50eec31438928db66b5b762a129\"");
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\"");
    await queryRunner.query("ALTER TABLE \"space\" DROP CONSTRAINT \"FK_72d8a45478d3c7d83aa0454a5d0\"");
    await queryRunner.query("ALTER TABLE \"space\" DROP CONSTRAINT \"FK_97ca465be1dda73951bb042ce61\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_audit_event_space\"");
    await queryRunner.query("ALTER TABLE \"audit_event\" DROP COLUMN \"space_id\"");
    await queryRunner.query("DROP TABLE \"space_organization\"");
    await queryRunner.query("DROP TABLE \"space_objective\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_space_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_space_member_user\"");
    await queryRunner.query("DROP TABLE \"space_member\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_objective_action_objective\"");
    await queryRunner.query("DROP TABLE \"objective_action\"");
    await queryRunner.query("DROP TABLE \"objective\"");
    await queryRunner.query("DROP TYPE \"public\".\"objective_track\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_notification_user\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_space_parent\"");
    await queryRunner.query("DROP TABLE \"space\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_visibility\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_scope\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_kind\"");
  }
}
