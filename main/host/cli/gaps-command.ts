import type { AppApi } from '../../../common/client';
import { AppError } from '../../../common/errors';
import type { DataWayDto, GapsDto } from '../../../common/gaps-dto';
import { needWorkspace, noPositionals, UsageError, type Flags } from './args';

export const GAPS_USAGE = `gaps --prospect @handle --workspace <file> [--json]
         what the workspace holds and lacks for the prospect (posts, likes, followers, following,
         your people's networks, your contacts, mail and calendar), the ways to get each missing
         piece yourself with the commands filled in and the X API cost, and the lists that would
         add most to the inside track first. Reads the workspace only; nothing touches the network.`;

function wayLines(way: DataWayDto, indent: string): string[] {
  return [
    `${indent}${way.title}`,
    ...way.steps.map((step, i) => `${indent}  ${i + 1}. ${step}`),
    ...way.commands.map((command) => `${indent}  $ ${command}`),
    `${indent}  File: ${way.fileName}`,
    `${indent}  Holds: ${way.holds}`,
    ...(way.lacks ? [`${indent}  Not in it: ${way.lacks}`] : []),
    ...(way.cost ? [`${indent}  Cost: ${way.cost.text}`] : []),
  ];
}

/** The readable form: suggestions first, then each kind of data with its ways. */
export function gapsText(gaps: GapsDto): string {
  const who = gaps.prospect.handle ? `@${gaps.prospect.handle}` : (gaps.prospect.name ?? 'the prospect');
  const lines = [
    `Get the data for ${who} (guide checked ${gaps.guideChecked}; imports older than ${gaps.staleAfterDays} days count as stale)`,
  ];
  if (gaps.suggestions.length) {
    lines.push('', 'Most useful first:');
    gaps.suggestions.forEach((s, i) => {
      lines.push(`  ${i + 1}. ${s.text}`);
      for (const way of s.ways) lines.push(...way.commands.map((c) => `       $ ${c}`));
    });
  }
  for (const item of gaps.items) {
    const state = item.status === 'ok' ? (item.stale ? 'stale' : 'ok') : item.status;
    lines.push(
      '',
      `${item.label} [${state}${item.stale && item.status !== 'ok' ? ', stale' : ''}]: ${item.summary}`,
    );
    for (const way of item.ways) lines.push(...wayLines(way, '  '));
  }
  return lines.join('\n');
}

/** `gaps --prospect @h`: what is missing for a prospect and how to get it. */
export async function gaps(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  noPositionals(positionals);
  if (!flags.prospect) throw new UsageError('--prospect @handle is required');
  await api.workspace.open({ path: needWorkspace(flags) });
  const account = await api.accounts.find({ ref: flags.prospect });
  if (!account) throw new AppError('BAD_REQUEST', `No imported account is ${flags.prospect}.`);
  const result = await api.gaps.get({ accountId: account.id });
  console.log(flags.json ? JSON.stringify(result) : gapsText(result));
}
