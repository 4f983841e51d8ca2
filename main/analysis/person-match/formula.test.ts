import { describe, expect, it } from 'vitest';
import { MATCH_FORMULA_TEXT, MATCH_WEIGHTS as W } from './formula';

describe('the formula users read', () => {
  it('says where a contact’s location comes from and what each place fact weighs', () => {
    expect(MATCH_FORMULA_TEXT).toContain('where the contact lives (their address in your contacts)');
    expect(MATCH_FORMULA_TEXT).toContain(`the same city +${W.sameCity}`);
    expect(MATCH_FORMULA_TEXT).toContain(`only the same country +${W.sameRegion}`);
    expect(MATCH_FORMULA_TEXT).toContain(`another city or country −${-W.otherCity}`);
    expect(MATCH_FORMULA_TEXT).toContain('an unknown place changes nothing');
  });
});
