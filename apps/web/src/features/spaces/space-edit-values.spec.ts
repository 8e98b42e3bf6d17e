import { describe, expect, it } from 'vitest';
import { editValuesFrom, toUpdateSpaceInput, validateEditValues, type SpaceEditValues } from './space-edit-values';

const initial: SpaceEditValues = editValuesFrom({
  name: 'Tavolo di sviluppo del welfare locale',
  description: 'Il tavolo provinciale.',
  visibility: 'MEMBERS',
  objectives: [
    { id: 'obiettivo-1', track: 'SOCIALE', number: 1, title: 'Uno' },
    { id: 'obiettivo-2', track: 'SOCIALE', number: 2, title: 'Due' },
  ],
});

describe('editValuesFrom', () => {
  it('starts from the space, with an empty description instead of null', () => {
    expect(editValuesFrom({ name: 'X', description: null, visibility: 'PUBLIC', objectives: [] })).toEqual({
      name: 'X',
      description: '',
      visibility: 'PUBLIC',
      objectiveIds: [],
    });
    expect(initial.objectiveIds).toEqual(['obiettivo-1', 'obiettivo-2']);
  });
});

describe('toUpdateSpaceInput', () => {
  it('sends nothing when nothing changed (spaces around the name do not count)', () => {
    expect(toUpdateSpaceInput({ ...initial, name: `  ${initial.name} ` }, initial)).toEqual({});
  });

  it('ignores the order of the objectives', () => {
    expect(toUpdateSpaceInput({ ...initial, objectiveIds: ['obiettivo-2', 'obiettivo-1'] }, initial)).toEqual({});
  });

  it('sends only the fields that changed, trimmed', () => {
    expect(
      toUpdateSpaceInput({ ...initial, name: ' Nuovo nome ', visibility: 'PUBLIC', objectiveIds: ['obiettivo-2'] }, initial),
    ).toEqual({ name: 'Nuovo nome', visibility: 'PUBLIC', objectiveIds: ['obiettivo-2'] });
  });

  it('clears the description with null and can remove every objective', () => {
    expect(toUpdateSpaceInput({ ...initial, description: '   ', objectiveIds: [] }, initial)).toEqual({
      description: null,
      objectiveIds: [],
    });
  });
});

describe('validateEditValues', () => {
  it('accepts the current values', () => {
    expect(validateEditValues(initial)).toEqual({});
  });

  it('wants a name of 3 to 200 characters', () => {
    expect(validateEditValues({ ...initial, name: '   ' }).name).toBe('Inserisci il nome.');
    expect(validateEditValues({ ...initial, name: ' ab ' }).name).toBe('Il nome deve avere da 3 a 200 caratteri.');
    expect(validateEditValues({ ...initial, name: 'a'.repeat(201) }).name).toBe('Il nome deve avere da 3 a 200 caratteri.');
    expect(validateEditValues({ ...initial, name: 'a'.repeat(200) }).name).toBeUndefined();
  });

  it('refuses a description longer than the API accepts', () => {
    expect(validateEditValues({ ...initial, description: 'a'.repeat(10_001) }).description).toBeDefined();
  });
});
