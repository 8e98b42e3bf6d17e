import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795399462031 implements MigrationInterface {
  name = 'Meetings1795399462031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"meeting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" text NOT NULL, \"title\" text NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"place\" text, \"video_url\" text, \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"cancel_reason\" text, \"minutes_document_id\" uuid, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_a95fdd6a3d4f320d73def5f37df\" UNIQUE (\"minutes_document_id\"), CONSTRAINT \"chk_meeting_ends_after_start\" CHECK (\"ends_at\" > \"starts_at\"), CONSTRAINT \"PK_dccaf9e4c0e39067d82ccc7bb83\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_meeting_space\" ON \"meeting\"  (\"space_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"agenda_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"presenter_organization_id\" text, \"document_ids\" uuid array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_413623e61232799619c2e0a1d42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_agenda_item_meeting\" ON \"agenda_item\"  (\"meeting_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"rsvp_response\" AS ENUM('YES', 'NO', 'MAYBE')");
    await queryRunner.query("CREATE TABLE \"meeting_rsvp\" (\"meeting_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"response\" \"public\".\"rsvp_response\" NOT NULL, \"responded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_621884a7ec3f51230d04f9c3665\" PRIMARY KEY (\"meeting_id\", \"user_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"attendance_status\" AS ENUM('PRESENT', 'ABSENT', 'REPRESENTED')");
    await queryRunner.query("CREATE TABLE \"meeting_attendance\" (\"meeting_id\" uuid NOT NULL, \"organization_id\" text NOT NULL, \"status\" \"public\".\"attendance_status\" NOT NULL, \"represented_by\" text, CONSTRAINT \"PK_23e5a8072cecbe7f0a40e9d87f6\" PRIMARY KEY (\"meeting_id\", \"organization_id\"))");
    await queryRunner.query("CREATE TABLE \"meeting_decision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"text\" text NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6787600e55cc73688b127a1cd93\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_meeting_decision_meeting\" ON \"meeting_decision\"  (\"meeting_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"action_item_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE')");
    await queryRunner.query("CREATE TABLE \"action_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"space_id\" text NOT NULL, \"what\" text NOT NULL, \"organization_id\" text, \"due_date\" date NOT NULL, \"status\" \"public\".\"action_item_status\" NOT NULL DEFAULT 'OPEN', \"done_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1214f6f4d832c402751617361c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_action_item_space\" ON \"action_item\"  (\"space_id\", \"status\", \"due_date\") ");
    await queryRunner.query("CREATE TABLE \"minutes_publication\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"space_id\" text NOT NULL, \"document_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"title\" text NOT NULL, \"html\" text NOT NULL, \"content_sha256\" character(64) NOT NULL, \"body_text\" text NOT NULL, \"content\" jsonb NOT NULL, \"published_by_id\" uuid NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"supersedes_id\" uuid, \"correction_reason\" text, CONSTRAINT \"UQ_efb371172bea78578675f9a2521\" UNIQUE (\"supersedes_id\"), CONSTRAINT \"PK_34af717c99befdf1cbf72d99dfc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_minutes_publication_original\" ON \"minutes_publication\"  (\"meeting_id\") WHERE \"supersedes_id\" IS NULL");
    await queryRunner.query("CREATE TABLE \"calendar_feed\" (\"user_id\" uuid NOT NULL, \"space_id\" text NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d56d47506d9265ef3209592d117\" PRIMARY KEY (\"user_id\", \"space_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_calendar_feed_token\" ON \"calendar_feed\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"document\" ADD \"frozen_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_9b38310a28def2051a72158b422\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_a95fdd6a3d4f320d73def5f37df\" FOREIGN KEY (\"minutes_document_id\") REFERENCES \"document\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_4d88141b534e8aad85bb583eb3b\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_96d2ccb9aa575383a26ef04b6b1\" FOREIGN KEY (\"presenter_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_rsvp\" ADD CONSTRAINT \"FK_9ad6c7e44e5da22ebd4a639e01b\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" ADD CONSTRAINT \"FK_2bf53a2dc49796d33484ed1fe5c\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" ADD CONSTRAINT \"FK_b5cf7c88f58937d6b49bba9a742\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_decision\" ADD CONSTRAINT \"FK_f4733268fa0a9cc03377bf1a58f\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_f77a02b2bac8df1a368c81281bf\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_9b0d51cb2449f07eb6123cf4816\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"minutes_publication\" ADD CONSTRAINT \"FK_748acb67ab9697ab694629ef5e0\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"minutes_publication\" ADD CONSTRAINT \"FK_efb371172bea78578675f9a2521\" FOREIGN KEY (\"supersedes_id\") REFERENCES \"minutes_publication\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_feed\" ADD CONSTRAINT \"FK_29b8f216ae4f5fdd5bcc8de8112\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_feed\" ADD CONSTRAINT \"FK_7965461ed93abaca2e0ca283234\" FOREIGN KEY (\"space_id\") REFERENCES \"space\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Published minutes are a public act: the database itself refuses to change or delete them.
    await queryRunner.query(`CREATE FUNCTION minutes_publication_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'ROW' THEN
          RAISE EXCEPTION 'minutes_publication % is published and cannot be changed or deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RAISE EXCEPTION 'minutes_publication is append-only' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query('CREATE TRIGGER minutes_publication_immutable BEFORE UPDATE OR DELETE ON "minutes_publication" FOR EACH ROW EXECUTE FUNCTION minutes_publication_immutable()');
    await queryRunner.query('CREATE TRIGGER minutes_publication_no_truncate BEFORE TRUNCATE ON "minutes_publication" FOR EACH STATEMENT EXECUTE FUNCTION minutes_publication_immutable()');
    await queryRunner.query(`CREATE INDEX "idx_minutes_publication_search" ON "minutes_publication" USING gin (to_tsvector('italian', "title" || ' ' || "body_text"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."idx_minutes_publication_search"');
    await queryRunner.query('DROP TRIGGER minutes_publication_no_truncate ON "minutes_publication"');
    await queryRunner.query('DROP TRIGGER minutes_publication_immutable ON "minutes_publication"');
    await queryRunner.query('DROP FUNCTION minutes_publication_immutable()');
    await queryRunner.query("ALTER TABLE \"calendar_feed\" DROP CONSTRAINT \"FK_7965461ed93abaca2e0ca283234\"");
    await queryRunner.query("ALTER TABLE \"calendar_feed\" DROP CONSTRAINT \"FK_29b8f216ae4f5fdd5bcc8de8112\"");
    await queryRunner.query("ALTER TABLE \"minutes_publication\" DROP CONSTRAINT \"FK_efb371172bea78578675f9a2521\"");
    await queryRunner.query("ALTER TABLE \"minutes_publication\" DROP CONSTRAINT \"FK_748acb67ab9697ab694629ef5e0\"");
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_9b0d51cb2449f07eb6123cf4816\"");
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_f77a02b2bac8df1a368c81281bf\"");
    await queryRunner.query("ALTER TABLE \"meeting_decision\" DROP CONSTRAINT \"FK_f4733268fa0a9cc03377bf1a58f\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" DROP CONSTRAINT \"FK_b5cf7c88f58937d6b49bba9a742\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendance\" DROP CONSTRAINT \"FK_2bf53a2dc49796d33484ed1fe5c\"");
    await queryRunner.query("ALTER TABLE \"meeting_rsvp\" DROP CONSTRAINT \"FK_9ad6c7e44e5da22ebd4a639e01b\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_96d2ccb9aa575383a26ef04b6b1\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_4d88141b534e8aad85bb583eb3b\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_a95fdd6a3d4f320d73def5f37df\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_9b38310a28def2051a72158b422\"");
    await queryRunner.query("ALTER TABLE \"document\" DROP COLUMN \"frozen_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_calendar_feed_token\"");
    await queryRunner.query("DROP TABLE \"calendar_feed\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_minutes_publication_original\"");
    await queryRunner.query("DROP TABLE \"minutes_publication\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_action_item_space\"");
    await queryRunner.query("DROP TABLE \"action_item\"");
    await queryRunner.query("DROP TYPE \"public\".\"action_item_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_meeting_decision_meeting\"");
    await queryRunner.query("DROP TABLE \"meeting_decision\"");
    await queryRunner.query("DROP TABLE \"meeting_attendance\"");
    await queryRunner.query("DROP TYPE \"public\".\"attendance_status\"");
    await queryRunner.query("DROP TABLE \"meeting_rsvp\"");
    await queryRunner.query("DROP TYPE \"public\".\"rsvp_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_agenda_item_meeting\"");
    await queryRunner.query("DROP TABLE \"agenda_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_meeting_space\"");
    await queryRunner.query("DROP TABLE \"meeting\"");
  }
}
