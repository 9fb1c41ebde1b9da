import { foldText } from './fold';

describe('foldText', () => {
  it('lowercases, strips accents and unifies quotes, dashes and spaces without moving any index', () => {
    const text = 'Élevé « Rétabli » – l’ICO\u00a0: 2,3\u202f%';
    const folded = foldText(text);
    expect(folded).toBe('eleve " retabli " - l\'ico : 2,3 %');
    expect(folded).toHaveLength(text.length);
  });

  it('keeps characters it cannot fold in one code unit as they are', () => {
    const text = 'œuvre 😀 ß';
    expect(foldText(text)).toHaveLength(text.length);
  });
});
