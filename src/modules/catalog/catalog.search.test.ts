import { describe, expect, it } from 'vitest';
import { highlight, indexText, queryAlternatives, terms, tsQueryText } from './catalog.search';

describe('search terms', () => {
  it('turns Chinese into overlapping bigrams and Latin into lower-case words', () => {
    expect(terms('食品经营许可')).toEqual(['食品', '品经', '经营', '营许', '许可']);
    expect(terms('开 ICP 备案')).toEqual(['开', '备案', 'icp']);
    expect(terms('（新办）')).toEqual(['新办']);
  });

  it('indexes each term once', () => {
    expect(indexText('许可许可', '许可')).toBe('许可 可许');
  });

  it('expands a synonym phrase found in the query into alternatives', () => {
    const synonyms = new Map([['开餐馆', ['餐饮', '食品经营']]]);
    const alternatives = queryAlternatives('我想开餐馆', synonyms);
    expect(alternatives).toEqual([['我想', '想开', '开餐', '餐馆'], ['餐饮'], ['食品', '品经', '经营']]);
    expect(tsQueryText(alternatives)).toBe(
      "('我想' & '想开' & '开餐' & '餐馆') | ('餐饮') | ('食品' & '品经' & '经营')",
    );
  });

  it('has no alternatives for a query without letters', () => {
    expect(queryAlternatives('！？…', new Map())).toEqual([]);
  });

  it('marks the matched characters of a name', () => {
    expect(highlight('食品经营许可（新办）', [['食品', '经营']])).toEqual([
      { text: '食品经营', hit: true },
      { text: '许可（新办）', hit: false },
    ]);
    expect(highlight('Wi-Fi 许可', [['wi']])).toEqual([
      { text: 'Wi', hit: true },
      { text: '-Fi 许可', hit: false },
    ]);
  });
});
