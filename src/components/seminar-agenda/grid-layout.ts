/**
 * The grid view's layout (rooms as columns, times as rows): pure, loaded with
 * the grid view (grid.ts), not with the agenda.
 */
import type { Item, Room } from '../../model/types.js';

/**
 * The grid view of one day: a time column, then a column per room in use
 * (several side by side for a room whose items overlap), rows between the
 * distinct start and end instants. Every item gets its own cells: no two
 * items ever share one. An item without a room spans every room when nothing
 * else runs at that time (a plenary, a break); otherwise it goes in a column
 * of its own, first, for items whose room is not given.
 *
 * Lines are CSS grid lines: column 1 is the time column, rooms start at 2;
 * row 1 is the first time.
 */
export interface GridLayout {
  /** Room columns in order; `room` is undefined for the column of items without a room. */
  columns: { room: Room | undefined; column: number; columnEnd: number }[];
  /** The last grid line of the room columns. */
  columnEnd: number;
  /** Number of rows. */
  rows: number;
  /** Every row with the instant it starts at, and whether an item starts then (the time column labels those). */
  times: { row: number; instant: number; starts: boolean }[];
  place: Map<string, { row: number; rowEnd: number; column: number; columnEnd: number }>;
}

interface Lanes {
  room: Room | undefined;
  /** Per lane, the items in it. */
  lanes: Item[][];
}

const overlaps = (a: Item, b: Item) => a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);

/** Spread a room's items on as few lanes as possible (the first lane that is free at the item's start). */
function lanesOf(room: Room | undefined, items: Item[]): Lanes {
  const lanes: Item[][] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const free = lanes.find((lane) => !lane.some((other) => overlaps(item, other)));
    if (free) free.push(item);
    else lanes.push([item]);
  }
  return { room, lanes };
}

export function gridLayout(items: readonly Item[]): GridLayout {
  const byRoom = new Map<string, { room: Room; items: Item[] }>();
  const roomless: Item[] = [];
  for (const item of items) {
    if (!item.room) {
      roomless.push(item);
      continue;
    }
    const entry = byRoom.get(item.room.id) ?? { room: item.room, items: [] };
    entry.items.push(item);
    byRoom.set(item.room.id, entry);
  }
  const roomed = items.filter((item) => item.room);
  // Without a room and alone at its time: across every room. Otherwise in the column of items without a room.
  const across = roomless.filter((item) => !roomed.some((other) => overlaps(item, other)));
  const apart = roomless.filter((item) => !across.includes(item));
  const groups: Lanes[] = [
    ...(apart.length ? [lanesOf(undefined, apart)] : []),
    ...[...byRoom.values()].map(({ room, items: own }) => lanesOf(room, own)),
  ];
  const instants = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const lineOf = new Map(instants.map((instant, index) => [instant, index + 1]));
  const rowOf = (item: Item) => {
    const row = lineOf.get(item.start) ?? 1;
    return { row, rowEnd: Math.max(lineOf.get(item.end) ?? row + 1, row + 1) };
  };
  const place: GridLayout['place'] = new Map();
  const columns: GridLayout['columns'] = [];
  let line = 2;
  for (const { room, lanes } of groups) {
    columns.push({ room, column: line, columnEnd: line + Math.max(lanes.length, 1) });
    lanes.forEach((lane, index) => {
      for (const item of lane) {
        // Widen the item over the next lanes while they are free during it.
        let end = index + 1;
        while (end < lanes.length && !lanes[end]?.some((other) => overlaps(item, other))) end++;
        place.set(item.id, { ...rowOf(item), column: line + index, columnEnd: line + end });
      }
    });
    line += Math.max(lanes.length, 1);
  }
  const columnEnd = Math.max(line, 3);
  for (const item of across) place.set(item.id, { ...rowOf(item), column: 2, columnEnd });
  const starts = new Set(items.map((i) => i.start));
  const rows = Math.max(1, ...[...place.values()].map((p) => p.rowEnd - 1));
  const times = instants.slice(0, rows).map((instant, index) => ({ row: index + 1, instant, starts: starts.has(instant) }));
  return { columns, columnEnd, rows, times, place };
}
