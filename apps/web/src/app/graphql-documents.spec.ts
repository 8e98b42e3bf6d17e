import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as auth from '../features/auth/auth-documents';
import * as comments from '../features/comments/comment-documents';
import * as drafts from '../features/documents/document-documents';
import * as instruments from '../features/instruments/instrument-documents';
import * as meetings from '../features/meetings/meeting-documents';
import * as models from '../features/models/model-documents';
import * as monitoring from '../features/monitoring/monitoring-documents';
import * as notifications from '../features/notifications/notification-documents';
import * as objectives from '../features/objectives/objective-documents';
import * as organizations from '../features/organizations/organization-documents';
import * as spaces from '../features/spaces/space-documents';
import * as territory from '../features/territory/territory-documents';

// Every operation the web app sends must be valid against the committed API schema, so a
// schema change that breaks the web app fails here rather than in a user's browser.
const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../../api/schema.gql'), 'utf8'));

const documents = Object.entries({
  ...auth,
  ...organizations,
  ...territory,
  ...spaces,
  ...notifications,
  ...objectives,
  ...drafts,
  ...comments,
  ...instruments,
  ...meetings,
  ...models,
  ...monitoring,
}).filter(
  (entry): entry is [string, DocumentNode] => (entry[1] as { kind?: string } | null)?.kind === 'Document',
);

describe('web GraphQL documents', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents)('%s is valid against apps/api/schema.gql', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
