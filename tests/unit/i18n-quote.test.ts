import { describe, expect, it } from 'vitest';
import { useStrings } from '../../src/i18n/index.ts';

describe('quotes on the pages', () => {
  it('wraps a quote in the language’s own marks, once, even when its author typed marks around it', () => {
    expect(useStrings('fr').quote('« Une praline, c’est un métier. »')).toBe('«\u202fUne praline, c’est un métier.\u202f»');
    expect(useStrings('en').quote('"I build bridges."')).toBe('“I build bridges.”');
    expect(useStrings('nl').quote('„Elke dag anders.”')).toBe('“Elke dag anders.”');
    expect(useStrings('en').quote('I build bridges.')).toBe('“I build bridges.”');
  });

  it('keeps marks that belong to the text', () => {
    expect(useStrings('en').quote('"Mind the gap," she said, "always."')).toBe('“"Mind the gap," she said, "always."”');
    expect(useStrings('nl').quote('’t Is hier nooit saai, ‘echt’')).toBe('“’t Is hier nooit saai, ‘echt’”');
  });

  it('puts the colon after a label as the language writes it', () => {
    expect(`Salaire${useStrings('fr').colon}3 000 €`).toBe('Salaire\u202f: 3 000 €');
    expect(`Salary${useStrings('en').colon}€3,000`).toBe('Salary: €3,000');
  });
});
