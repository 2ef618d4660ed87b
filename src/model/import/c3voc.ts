/**
 * What the importers of c3voc schedules (frab JSON, schedule2) share: opening
 * the export (`schedule` and its `conference` must be objects), a builder in
 * the conference's time zone, and the event's title, acronym and address.
 */
import { ProgrammeBuilder } from './builder.js';
import { DEFAULT_IMPORT_TIME_ZONE, type ImportOptions, type Problems } from './problems.js';
import { at } from '../values.js';
import * as json from './source-values.js';

export abstract class ScheduleReader {
  protected readonly problems: Problems;
  protected readonly root: json.JsonRecord;
  protected readonly schedule: json.JsonRecord;
  protected readonly conference: json.JsonRecord;
  protected readonly builder: ProgrammeBuilder;

  /** Opens the export: `expected` describes `schedule` and `conference` in the errors when they are not objects. */
  constructor(format: 'frab-json' | 'schedule2', input: unknown, options: ImportOptions, expected: { schedule: string; conference: string }) {
    const problems = json.openJson(format, input, options, 'an object with "schedule"');
    this.problems = problems.problems;
    this.root = problems.root;
    const schedule = json.get(this.root, 'schedule');
    const conference = json.isRecord(schedule) ? json.get(schedule, 'conference') : undefined;
    if (!json.isRecord(schedule)) this.problems.invalidType('/schedule', schedule, expected.schedule);
    else if (!json.isRecord(conference)) this.problems.invalidType('/schedule/conference', conference, expected.conference);
    this.problems.check();
    this.schedule = schedule as json.JsonRecord;
    this.conference = conference as json.JsonRecord;
    const zone = json.chooseTimeZone(this.problems, json.get(this.conference, 'time_zone_name'), '/schedule/conference/time_zone_name', options);
    this.builder = new ProgrammeBuilder(this.problems, zone || DEFAULT_IMPORT_TIME_ZONE);
  }

  /**
   * The event's title, acronym (its id) and address (the conference's `url`,
   * else the schedule's `base_url`); keys of the root and of `schedule` other
   * than `scheduleKeys` are reported as not imported.
   */
  protected readEvent(scheduleKeys: readonly string[]): void {
    const { problems, builder, conference, schedule } = this;
    const path = '/schedule/conference';
    json.reportUnused(problems, this.root, '', ['schedule'], ['$schema']);
    json.reportUnused(problems, schedule, '/schedule', ['conference', 'base_url', ...scheduleKeys], ['version']);
    builder.event.title = json.requiredLine(problems, conference, 'title', path, 'a title');
    builder.event.id = json.str(json.get(conference, 'acronym'));
    const url = json.hasContent(json.get(conference, 'url'))
      ? json.link(problems, json.get(conference, 'url'), undefined, at(path, 'url'))
      : json.link(problems, json.get(schedule, 'base_url'), undefined, '/schedule/base_url');
    builder.event.url = url?.url;
  }
}
