import type { AppApi } from '../../../common/client';
import { needNumber, noPositionals, UsageError, type Flags } from './args';
import { needAccount, openProspect } from './prospect-flag';

/** `intro --prospect @h [--via @handle | --path N]`: the drafts for one path, with the facts behind them. */
export async function intro(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  noPositionals(positionals);
  if (!flags.prospect) throw new UsageError('--prospect @handle is required');
  if (flags.via && flags.path) throw new UsageError('give --via or --path, not both');
  const pathIndex = flags.path ? needNumber(flags.path, '--path') - 1 : 0;
  const prospect = await openProspect(api, flags);
  const viaAccountId = flags.via ? (await needAccount(api, flags.via, ' (in --via)')).id : undefined;
  const result = await api.intro.draft({
    accountId: prospect.id,
    ...(viaAccountId === undefined ? { pathIndex } : { viaAccountId }),
  });
  const drafts = result.drafts.map(({ kind, from, to, subject, body, facts, placeholders }) => ({
    kind,
    from,
    to,
    subject,
    body,
    facts: facts.map(({ text, source }) => ({ text, source })),
    placeholders,
  }));
  if (flags.json) {
    console.log(JSON.stringify({ path: result.path.explanation, drafts }));
    return;
  }
  const text = drafts.map((d) =>
    [
      `── ${d.kind}: from ${d.from} to ${d.to}`,
      `Subject: ${d.subject}`,
      '',
      d.body,
      '',
      ...(d.facts.length ? ['Facts:', ...d.facts.map((f) => `  - ${f.text} (${f.source})`)] : []),
      ...(d.placeholders.length ? [`To fill in: ${d.placeholders.join(', ')}`] : []),
    ].join('\n'),
  );
  console.log([result.path.explanation, ...text].join('\n\n'));
}
