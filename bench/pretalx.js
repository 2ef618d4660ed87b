/**
 * A programme as pretalx's schedule widget reads it (pretalx
 * `build_widget_data`, `schedule/widgets/schedule.json`), so that the bench
 * can show the same programme in pretalx's `<pretalx-schedule>` beside our
 * agenda. DOM-free; takes a normalised programme (`parseProgramme`).
 *
 * Top level: `version`, `schedule_id`, `timezone`, `event_start`,
 * `event_end`, `talks`, `tracks`, `rooms`, `speakers`. A talk: `code`, `id`,
 * `title`, `abstract`, `speakers` (codes), `track`, `start`, `end` (ISO with
 * the event's offset), `room`, `duration` (minutes), `updated`,
 * `content_locale`; a break: `id`, `title`, `start`, `end`, `room`,
 * `slot_type`. Texts are a string or a `{lang: text}` object, as ours.
 */

/** `instant` as an ISO date-time in `timeZone`, with that zone's offset then: 2016-07-08T09:30:00+02:00. */
export function isoInZone(instant, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The first text of a localised text, for fields pretalx wants as a plain string. */
const plain = (text) => (text === undefined ? '' : typeof text === 'string' ? text : (Object.values(text)[0] ?? ''));

/** A positive integer id per string id, in order of first use. */
function numbering() {
  const ids = new Map();
  return (id) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return ids.get(id);
  };
}

/** @param {import('../dist/model.js').Programme} programme */
export function toPretalxWidget(programme) {
  const zone = programme.event.timeZone;
  const at = (instant) => isoInZone(instant, zone);
  const roomId = numbering();
  const trackId = numbering();
  const talkId = numbering();
  // Items without a room (plenary breaks) go to the first room, as pretalx requires one.
  const firstRoom = programme.rooms[0]?.id ?? 'main';
  const rooms = programme.rooms.length ? programme.rooms : [{ id: 'main', name: 'Main room' }];
  const updated = at(programme.event.start);
  return {
    version: '1.0',
    schedule_id: 1,
    timezone: zone,
    event_start: at(programme.event.start).slice(0, 10),
    event_end: at(programme.event.end).slice(0, 10),
    talks: programme.items.map((item) => {
      const common = {
        id: talkId(item.id),
        title: item.title,
        start: at(item.start),
        end: at(item.end),
        room: roomId(item.room?.id ?? firstRoom),
      };
      if (item.pause) return { ...common, slot_type: 'break' };
      return {
        ...common,
        code: item.id.slice(0, 40),
        abstract: item.description ?? '',
        speakers: item.speakers.map(({ speaker }) => speaker.id),
        track: item.track ? trackId(item.track.id) : null,
        duration: Math.round((item.end - item.start) / 60_000),
        updated,
        content_locale: item.language ?? programme.event.defaultLanguage,
      };
    }),
    tracks: programme.tracks.map((track) => ({ id: trackId(track.id), name: track.name, description: '', color: track.color ?? '#888888' })),
    rooms: rooms.map((room) => ({ id: roomId(room.id), name: room.name, description: '' })),
    speakers: programme.speakers.map((speaker) => ({
      code: speaker.id,
      name: speaker.name,
      avatar: speaker.photo?.url ?? null,
      avatar_thumbnail_default: null,
      avatar_thumbnail_tiny: null,
      biography: plain(speaker.bio),
    })),
  };
}
