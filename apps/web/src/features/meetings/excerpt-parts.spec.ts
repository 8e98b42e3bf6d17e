import { describe, expect, it } from 'vitest';
import { splitExcerpt } from './excerpt-parts';

describe('splitExcerpt', () => {
  it('marks the words between « and »', () => {
    expect(splitExcerpt('le esigenze «abitative» delle famiglie')).toEqual([
      { text: 'le esigenze ', marked: false },
      { text: 'abitative', marked: true },
      { text: ' delle famiglie', marked: false },
    ]);
  });

  it('handles several marks, a mark at either end and adjacent marks', () => {
    expect(splitExcerpt('«casa» e «abitare»')).toEqual([
      { text: 'casa', marked: true },
      { text: ' e ', marked: false },
      { text: 'abitare', marked: true },
    ]);
    expect(splitExcerpt('«emergenza»«abitativa»')).toEqual([{ text: 'emergenzaabitativa', marked: true }]);
  });

  it('keeps an unclosed « or a stray » as plain text', () => {
    expect(splitExcerpt('prima » poi «aperto')).toEqual([{ text: 'prima » poi «aperto', marked: false }]);
  });

  it('leaves markup as text: the page renders parts as text nodes', () => {
    expect(splitExcerpt('<b>«x»</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
    expect(splitExcerpt('')).toEqual([]);
  });
});
