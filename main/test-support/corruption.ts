// Tests only: random damage to a valid file, the kinds bad luck and hostile senders produce.
import fc from 'fast-check';

export type Corruption =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'invalid-utf8'; at: number; bytes: number[] };

/** Byte sequences no UTF-8 decoder accepts: stray continuation, cut sequence, overlong, surrogate, > U+10FFFF. */
const invalidUtf8 = [
  [0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xff],
];

/** One random damage to a file of `size` bytes (positions are taken modulo the size). */
export function corruption(): fc.Arbitrary<Corruption> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at }),
    fc.record({ kind: fc.constant('flip' as const), at, mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at,
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('invalid-utf8' as const), at, bytes: fc.constantFrom(...invalidUtf8) }),
  );
}

/** The file with the damage applied. A truncation always removes at least one byte. */
export function corrupt(bytes: Buffer, damage: Corruption): Buffer {
  const size = bytes.length;
  switch (damage.kind) {
    case 'truncate':
      return bytes.subarray(0, damage.at % size);
    case 'flip': {
      const out = Buffer.from(bytes);
      const at = damage.at % size;
      out[at] = out[at]! ^ damage.mask;
      return out;
    }
    case 'insert':
    case 'invalid-utf8': {
      const at = damage.at % (size + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(damage.bytes), bytes.subarray(at)]);
    }
  }
}

/** Values of the wrong JSON type, put where a valid file has something else. */
const wrongValues: unknown[] = [null, 0, -1, 1.5, 1e300, true, '', 'x', [], {}, [null], { id: null }];

export interface TypeSwap {
  node: number;
  value: unknown;
}

export function typeSwap(): fc.Arbitrary<TypeSwap> {
  return fc.record({ node: fc.nat(), value: fc.constantFrom(...wrongValues) });
}

/** Every value inside a JSON value, depth first (the root is node 0). */
function countNodes(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, item) => n + countNodes(item), 0);
  if (value && typeof value === 'object') {
    return 1 + Object.values(value).reduce((n: number, item) => n + countNodes(item), 0);
  }
  return 1;
}

/** A copy of `value` with node `swap.node` (modulo the node count) replaced by `swap.value`. */
export function swapType(value: unknown, swap: TypeSwap): unknown {
  let target = swap.node % countNodes(value);
  const visit = (node: unknown): unknown => {
    if (target-- === 0) return structuredClone(swap.value);
    if (Array.isArray(node)) return node.map(visit);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, visit(item)]));
    }
    return node;
  };
  return visit(value);
}

/** How a tool or an editor may have saved a text file: line endings and a byte-order mark. */
export const fileStyle = fc.record({ crlf: fc.boolean(), bom: fc.boolean() });

/** The text as saved in that style. */
export function styled(text: string, style: { crlf: boolean; bom: boolean }): string {
  return (style.bom ? '\uFEFF' : '') + (style.crlf ? text.replace(/\n/g, '\r\n') : text);
}
