import { Injectable } from '@nestjs/common';

/** The one source of "now" for rules that depend on time, so tests can move it. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test helper: makes `now()` return `instant` (and keep ticking from there). */
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
