import { useState } from 'react';
import type { CategoryDto } from '../../../../common/dto';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useBusyAction } from '../../components/useBusyAction';
import { categoryColor, categoryPalette } from './audienceFilter';
import { EditorButtons } from './EditorButtons';
import { categoryProblem, cleanRules, isChanged, unusedColour, type CategoryDraft } from './editorModel';
import './editors.css';

const fieldLabels: Record<CategoryDto['rules'][number]['field'], string> = {
  bio: 'Bio',
  name: 'Name',
  handle: 'Handle',
};

/**
 * The categories followees and followers are sorted into, with their keyword rules. Edits stay
 * drafts until "Save changes", which saves, adds and deletes them together.
 */
export function CategoriesEditor({
  categories,
  onClose,
  onSaved,
}: {
  categories: readonly CategoryDto[];
  onClose: () => void;
  onSaved?: () => void;
}) {
  const [drafts, setDrafts] = useState<CategoryDraft[]>(() =>
    categories.map((c) => ({ ...c, rules: [...c.rules] })),
  );
  const [selectedId, setSelectedId] = useState<number | null>(categories[0]?.id ?? null);
  const [nextId, setNextId] = useState(-1);
  const { busy, error, run } = useBusyAction();
  const saved = new Map(categories.map((c) => [c.id, c]));
  const visible = drafts.filter((d) => !d.deleted);
  const selected = visible.find((d) => d.id === selectedId) ?? null;
  const changed = drafts.filter((d) => isChanged(d, saved.get(d.id)));
  const problems = visible
    .map((d) => ({ draft: d, problem: categoryProblem(d, drafts) }))
    .filter((p) => p.problem);

  const update = (id: number, change: Partial<CategoryDraft>) =>
    setDrafts((all) => all.map((d) => (d.id === id ? { ...d, ...change } : d)));

  const add = () => {
    const id = nextId;
    setNextId(id - 1);
    setDrafts((all) => [
      ...all,
      {
        id,
        name: '',
        color: unusedColour(all),
        rules: [{ field: 'bio', keyword: '' }],
      },
    ]);
    setSelectedId(id);
  };

  const remove = (id: number) => {
    const rest = visible.filter((d) => d.id !== id);
    setDrafts((all) =>
      id < 0 ? all.filter((d) => d.id !== id) : all.map((d) => (d.id === id ? { ...d, deleted: true } : d)),
    );
    setSelectedId(rest[0]?.id ?? null);
  };

  const save = () =>
    run(async () => {
      for (const draft of changed) {
        if (draft.deleted) {
          if (draft.id > 0) await api.categories.delete({ id: draft.id });
          continue;
        }
        await api.categories.save({
          ...(draft.id > 0 ? { id: draft.id } : {}),
          name: draft.name.trim(),
          color: draft.color,
          rules: cleanRules(draft.rules),
        });
      }
      onSaved?.();
      onClose();
    });

  return (
    <Dialog
      title="Categories"
      className="categories-editor"
      testId="categories-editor"
      onClose={onClose}
      footer={
        <>
          <span className="editor-footer-note">
            {problems[0]
              ? problems[0].problem
              : changed.length
                ? `${changed.length} ${changed.length === 1 ? 'category' : 'categories'} changed`
                : 'Rules match whole words, in any case'}
          </span>
          <EditorButtons
            saveLabel="Save changes"
            busy={busy}
            canSave={changed.length > 0 && problems.length === 0}
            onCancel={onClose}
            onSave={() => void save()}
          />
        </>
      }
    >
      <p>
        Accounts whose bio, name or handle contain a category’s keyword fall into it; you can also assign
        accounts by hand from a row’s menu.
      </p>
      {error && <Alert message={error} />}
      <div className="categories-layout">
        <div className="categories-list" role="listbox" aria-label="Categories">
          {visible.map((draft) => (
            <button
              key={draft.id}
              type="button"
              role="option"
              aria-selected={draft.id === selectedId}
              className="categories-list-item"
              onClick={() => setSelectedId(draft.id)}
            >
              <span className="chip-dot" style={{ background: categoryColor(draft) }} aria-hidden="true" />
              <span className="chip-text">{draft.name.trim() || 'New category'}</span>
              <span className="categories-rule-count tabular">{cleanRules(draft.rules).length}</span>
            </button>
          ))}
          <button type="button" className="link-button categories-add" onClick={add}>
            <Icon name="plus" size={12} /> Add a category
          </button>
        </div>
        {selected ? (
          <div className="category-form" key={selected.id}>
            <div className="category-form-row">
              <label className="field category-name">
                <span className="field-label">Name</span>
                <input
                  className="text-input"
                  value={selected.name}
                  maxLength={60}
                  data-autofocus
                  aria-invalid={categoryProblem(selected, drafts) !== null || undefined}
                  onChange={(event) => update(selected.id, { name: event.target.value })}
                />
              </label>
              <div className="field">
                <span className="field-label" id={`colour-${selected.id}`}>
                  Colour
                </span>
                <div className="colour-choices" role="radiogroup" aria-labelledby={`colour-${selected.id}`}>
                  {categoryPalette.map((colour) => (
                    <button
                      key={colour}
                      type="button"
                      role="radio"
                      aria-checked={selected.color === colour}
                      aria-label={colour}
                      className="colour-choice"
                      style={{ background: colour }}
                      onClick={() => update(selected.id, { color: colour })}
                    />
                  ))}
                  <input
                    type="color"
                    className="colour-custom"
                    aria-label="Another colour"
                    value={categoryColor(selected)}
                    onChange={(event) => update(selected.id, { color: event.target.value })}
                  />
                </div>
              </div>
            </div>
            <div className="field">
              <span className="field-label">Keyword rules</span>
              <ul className="rules-list">
                {selected.rules.map((rule, i) => (
                  <li key={i} className="rule-row">
                    <select
                      className="select"
                      aria-label="Where to look"
                      value={rule.field}
                      onChange={(event) =>
                        update(selected.id, {
                          rules: selected.rules.map((r, j) =>
                            j === i ? { ...r, field: event.target.value as typeof r.field } : r,
                          ),
                        })
                      }
                    >
                      {Object.entries(fieldLabels).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label} contains
                        </option>
                      ))}
                    </select>
                    <input
                      className="text-input"
                      aria-label="Keyword"
                      placeholder="keyword or phrase"
                      value={rule.keyword}
                      maxLength={100}
                      onChange={(event) =>
                        update(selected.id, {
                          rules: selected.rules.map((r, j) =>
                            j === i ? { ...r, keyword: event.target.value } : r,
                          ),
                        })
                      }
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') {
                          event.preventDefault();
                          update(selected.id, {
                            rules: [...selected.rules, { field: rule.field, keyword: '' }],
                          });
                        }
                      }}
                    />
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove the rule ${rule.keyword}`}
                      onClick={() => update(selected.id, { rules: selected.rules.filter((_, j) => j !== i) })}
                    >
                      <Icon name="close" size={12} />
                    </button>
                  </li>
                ))}
              </ul>
              <div className="dossier-actions">
                <button
                  type="button"
                  className="button button-compact"
                  onClick={() =>
                    update(selected.id, { rules: [...selected.rules, { field: 'bio', keyword: '' }] })
                  }
                >
                  <Icon name="plus" size={12} /> Add a rule
                </button>
                <span className="field-hint">Without rules, only accounts you assign by hand are in it.</span>
              </div>
            </div>
            <div className="category-form-footer">
              <button type="button" className="link-button danger-link" onClick={() => remove(selected.id)}>
                <Icon name="trash" size={12} /> Delete “{selected.name.trim() || 'New category'}”
              </button>
            </div>
          </div>
        ) : (
          <p className="category-form-empty">No categories. Add one to sort accounts into it.</p>
        )}
      </div>
    </Dialog>
  );
}
