// Who is speaking. Sending: the level of the audio we send (WebRTC's audioLevel of the media source), reported
// about four times a second while speaking, then one 0 — speaking starts at 0.05 and ends after 0.7 s below
// 0.02. Receiving: the active speaker keeps the highlight while they speak; otherwise the loudest other; a report
// older than 1.5 s no longer counts. Both exactly as docs/protocol.md and the desktop's VoiceGate/ActiveSpeaker.

export const START_LEVEL = 0.05;
export const QUIET_LEVEL = 0.02;
export const QUIET_FOR_MS = 700;
export const STALE_MS = 1500;

/** Decides, from levels sampled about every 250 ms, which to report. */
export class VoiceGate {
  constructor() {
    this.speaking = false;
    this.quietSince = 0;
  }

  /** @param {number} level @param {number} now ms @returns {number | null} the level to report, or null for none */
  sample(level, now) {
    if (!this.speaking) {
      if (level >= START_LEVEL) {
        this.speaking = true;
        this.quietSince = 0;
        return level;
      }
      return null;
    }
    if (level < QUIET_LEVEL) {
      this.quietSince = this.quietSince || now;
      if (now - this.quietSince >= QUIET_FOR_MS) {
        this.speaking = false;
        return 0;
      }
    } else {
      this.quietSince = 0;
    }
    return level;
  }
}

export class ActiveSpeaker {
  constructor() {
    /** @type {Map<string, {level: number, at: number}>} */
    this.heard = new Map();
    /** @type {string | null} */
    this.current = null;
  }

  /** @param {string} id @param {number} level @param {number} now @returns {boolean} whether the speaker changed */
  report(id, level, now) {
    if (level > 0) {
      this.heard.set(id, { level, at: now });
    } else {
      this.heard.delete(id);
    }
    return this.decide(now);
  }

  /** @param {string} id @param {number} now */
  forget(id, now) {
    this.heard.delete(id);
    return this.decide(now);
  }

  /** @param {number} now */
  decide(now) {
    for (const [id, h] of this.heard) {
      if (h.at + STALE_MS < now) {
        this.heard.delete(id);
      }
    }
    let next = this.current && this.heard.has(this.current) ? this.current : null;
    if (!next) {
      let best = 0;
      for (const [id, h] of this.heard) {
        if (h.level > best) {
          best = h.level;
          next = id;
        }
      }
    }
    const changed = next !== this.current;
    this.current = next;
    return changed;
  }
}
