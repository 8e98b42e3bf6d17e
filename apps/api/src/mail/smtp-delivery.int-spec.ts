import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@condivisa/db';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAgent, startTestApp, type TestApp } from '../testing/test-app';

describe('e-mail through a real SMTP server', () => {
  let smtp: SMTPServer;
  let sut: TestApp;
  const inbox: ParsedMail[] = [];
  let arrived: () => void = () => undefined;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          inbox.push(mail);
          arrived();
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    sut = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://condivisa.example.org' });
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('delivers the invitation; the link read from the message activates the account', async () => {
    const admin = graphqlAgent(sut.app);
    await admin.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: 'admin@condivisa.example', p: DEMO_PASSWORD });
    const delivered = new Promise<void>((resolve) => (arrived = resolve));
    const res = await admin.gql('mutation($i: InviteUserInput!) { inviteUser(input: $i) { email } }', {
      i: { email: 'posta@ets.example', displayName: 'Paola Posta', organizationId: 'legacoop' },
    });
    expect(res.errors).toBeUndefined();
    await delivered;
    const mail = inbox.at(-1)!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('posta@ets.example');
    expect(mail.subject).toBe('Invito a Condivisa');
    const link = /https:\/\/condivisa\.example\.org\/invito\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    const person = graphqlAgent(sut.app);
    const accepted = await person.gql<{ acceptInvitation: { email: string } }>(
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email } }',
      { t: link![1], p: 'Lettera-Raccomandata-Sicura-9' },
    );
    expect(accepted.data!.acceptInvitation.email).toBe('posta@ets.example');
    const outbox = await sut.sql.query("SELECT sent_at IS NOT NULL AS sent, attempts FROM outbox_email WHERE to_address = 'posta@ets.example'");
    expect(outbox.rows).toEqual([{ sent: true, attempts: 1 }]);
  });
});
