import { describe, expect, it } from 'vitest';
import {
  addTags,
  categoryProblem,
  cleanPursuit,
  cleanRules,
  isChanged,
  unusedColour,
  type CategoryDraft,
} from './editorModel';

describe('addTags', () => {
  it('adds comma or line separated words once, ignoring case', () => {
    expect(addTags(['CRM'], 'crm, onboarding\nsales tool ,')).toEqual(['CRM', 'onboarding', 'sales tool']);
  });

  it('returns the same list when nothing is new', () => {
    const values = ['a'];
    expect(addTags(values, ' , A')).toBe(values);
  });
});

describe('cleanPursuit', () => {
  it('stores competitor handles without the @ and drops repeats', () => {
    expect(
      cleanPursuit({
        business: [' crm '],
        competitors: { handles: ['@acme', 'acme', '@@Rival'], keywords: [] },
      }),
    ).toEqual({ business: ['crm'], competitors: { handles: ['acme', 'Rival'], keywords: [] } });
  });
});

describe('categories', () => {
  const vendor: CategoryDraft = {
    id: 1,
    name: 'Vendor',
    color: '#2f7ed8',
    rules: [{ field: 'bio', keyword: 'vendor' }],
  };

  it('asks for a name and refuses a duplicate', () => {
    expect(categoryProblem({ ...vendor, name: ' ' }, [vendor])).toMatch(/name/);
    expect(categoryProblem({ ...vendor, id: -1, name: 'vendor ' }, [vendor])).toMatch(/already/);
    expect(categoryProblem({ ...vendor, id: -1, name: 'vendor' }, [{ ...vendor, deleted: true }])).toBeNull();
  });

  it('drops blank and repeated rules', () => {
    expect(
      cleanRules([
        { field: 'bio', keyword: ' saas ' },
        { field: 'bio', keyword: 'SaaS' },
        { field: 'name', keyword: 'saas' },
        { field: 'handle', keyword: '  ' },
      ]),
    ).toEqual([
      { field: 'bio', keyword: 'saas' },
      { field: 'name', keyword: 'saas' },
    ]);
  });

  it('knows what needs saving', () => {
    expect(isChanged(vendor, vendor)).toBe(false);
    expect(isChanged({ ...vendor, rules: [...vendor.rules, { field: 'bio', keyword: ' ' }] }, vendor)).toBe(
      false,
    );
    expect(isChanged({ ...vendor, color: '#000000' }, vendor)).toBe(true);
    expect(isChanged({ ...vendor, deleted: true }, vendor)).toBe(true);
    expect(isChanged({ ...vendor, id: -1 }, undefined)).toBe(true);
    expect(isChanged({ ...vendor, id: -1, deleted: true }, undefined)).toBe(false);
  });

  it('gives a new category a colour no other category has', () => {
    const used = [
      { ...vendor, color: '#2f7ed8' },
      { ...vendor, id: 2, color: '#d9534f' },
    ];
    expect(unusedColour(used)).toBe('#8e6bbf');
    expect(unusedColour([{ ...vendor, color: '#2f7ed8', deleted: true }])).toBe('#2f7ed8');
  });
});
