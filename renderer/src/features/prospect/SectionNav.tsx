import { useRef, type KeyboardEvent } from 'react';

export type ProspectSection = 'inside' | 'focus' | 'following' | 'followers' | 'changes' | 'data';

export const prospectSections: readonly { id: ProspectSection; label: string; hint: string }[] = [
  { id: 'inside', label: 'Inside track', hint: 'Who can introduce you, and the network around the prospect' },
  { id: 'focus', label: 'Focus', hint: 'What they post, repost and like' },
  { id: 'following', label: 'Following', hint: 'Who they follow, by category' },
  { id: 'followers', label: 'Followers', hint: 'Who follows them: their likely customers' },
  { id: 'changes', label: 'Changes', hint: 'Who they started or stopped following between imports' },
  {
    id: 'data',
    label: 'Get the data',
    hint: 'What is imported for them, what is missing, and how to get it',
  },
];

export const sectionTabId = (section: ProspectSection) => `prospect-tab-${section}`;
export const sectionPanelId = (section: ProspectSection) => `prospect-panel-${section}`;

/** The prospect page's sections as tabs: arrow keys move between them, Home and End jump. */
export function SectionNav({
  section,
  onChange,
}: {
  section: ProspectSection;
  onChange: (section: ProspectSection) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = prospectSections.findIndex((entry) => entry.id === section);
    const last = prospectSections.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % prospectSections.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + prospectSections.length) % prospectSections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = prospectSections[next]!.id;
    onChange(target);
    listRef.current?.querySelector<HTMLElement>(`#${sectionTabId(target)}`)?.focus();
  }

  return (
    <div
      className="section-nav"
      role="tablist"
      aria-label="Prospect sections"
      data-testid="section-nav"
      ref={listRef}
      onKeyDown={onKeyDown}
    >
      {prospectSections.map(({ id, label, hint }) => (
        <button
          key={id}
          id={sectionTabId(id)}
          type="button"
          role="tab"
          className="section-tab"
          aria-selected={section === id}
          aria-controls={sectionPanelId(id)}
          tabIndex={section === id ? 0 : -1}
          title={hint}
          onClick={() => onChange(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
