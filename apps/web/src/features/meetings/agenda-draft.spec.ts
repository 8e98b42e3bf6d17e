import { describe, expect, it } from 'vitest';
import { agendaDrafts, emptyAgendaDraft, moveItem, toAgendaInput } from './agenda-draft';

describe('moveItem (agenda reordering)', () => {
  const sut = ['a', 'b', 'c', 'd'];

  it('moves a point up and down by one place', () => {
    expect(moveItem(sut, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(sut, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(sut, 3, -3)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('leaves the list as it is when the move would go past an end', () => {
    expect(moveItem(sut, 0, -1)).toEqual(sut);
    expect(moveItem(sut, 3, 1)).toEqual(sut);
    expect(moveItem(sut, 7, -1)).toEqual(sut);
  });

  it('never changes the list it was given', () => {
    const frozen = Object.freeze([...sut]);
    expect(moveItem(frozen, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(frozen).toEqual(sut);
  });
});

describe('agenda drafts', () => {
  it('read the agenda in position order, each with its own key', () => {
    const drafts = agendaDrafts([
      { id: '2', position: 1, title: 'Secondo', description: '', presenterOrganization: null, documentIds: [] },
      { id: '1', position: 0, title: 'Primo', description: 'd', presenterOrganization: { id: 'csv', name: 'CSV' }, documentIds: ['x'] },
    ]);
    expect(drafts.map((d) => [d.title, d.presenterOrganizationId, d.documentIds])).toEqual([
      ['Primo', 'csv', ['x']],
      ['Secondo', '', []],
    ]);
    expect(new Set(drafts.map((d) => d.key)).size).toBe(2);
  });

  it('become the API input trimmed, without an empty description or presenter', () => {
    const draft = { ...emptyAgendaDraft(), title: '  Casa  ', description: '  ', documentIds: ['doc'] };
    expect(toAgendaInput([draft])).toEqual([{ title: 'Casa', presenterOrganizationId: null, documentIds: ['doc'] }]);
  });
});
