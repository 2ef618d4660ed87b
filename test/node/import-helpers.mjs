// Shared by the importer tests: the real exports, counting what a source holds
// (from the source itself), and resolving a problem's JSON pointer in it.
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/schedules/', import.meta.url);

export function fixtureText(name) {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function fixtureJson(name) {
  return JSON.parse(fixtureText(name));
}

/** Every event of a c3voc schedule.json v1, with its day and room. */
export function frabEvents(source) {
  const events = [];
  for (const day of source.schedule.conference.days) {
    for (const [room, list] of Object.entries(day.rooms)) {
      for (const event of list) events.push({ day, room, event });
    }
  }
  return events;
}

/** What a c3voc schedule.json v1 holds: days, rooms, tracks, events and persons, counted from the source. */
export function countFrab(source) {
  const conference = source.schedule.conference;
  const events = frabEvents(source);
  const rooms = new Set([...(conference.rooms ?? []).map((r) => r.name), ...events.map((e) => e.event.room ?? e.room)]);
  const tracks = new Set(events.map((e) => e.event.track).filter(Boolean));
  const persons = new Set(events.flatMap((e) => e.event.persons.map((p) => p.guid ?? p.code ?? p.id)));
  return { days: conference.days.length, rooms: rooms.size, tracks: tracks.size, events: events.length, persons: persons.size };
}

/** The value a JSON pointer (RFC 6901) designates, or `undefined`. */
export function resolvePointer(document, pointer) {
  if (pointer === '') return document;
  let value = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** The parent of a JSON pointer: where a missing field would be. */
export function parentPointer(pointer) {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** The instant of an ISO date-time, for comparisons. */
export const instant = (iso) => Date.parse(iso);
