// A live room from the browser: the signaling connection, one PeerLink per other participant, chat and voice.
// Mirrors the desktop's CallSession: it reacts to the room messages of docs/protocol.md and ignores unknown types.

import { Signaling } from './signaling.js';
import { PeerLink } from './peer.js';
import { Chat } from './chat.js';
import { ActiveSpeaker, VoiceGate } from './voice.js';
import { RoomView } from './room-view.js';
import { endingForReason, endingForRefusedCode } from './endings.js';

/** @typedef {import('./types.js').Participant} Participant */
/** @typedef {import('./types.js').Signal} Signal */
/** @typedef {import('./types.js').IceServer} IceServer */
/** @typedef {import('./types.js').TrackKind} TrackKind */
/** @typedef {import('./endings.js').Ending} Ending */
/** @typedef {import('./media.js').LocalMedia} LocalMedia */
/** @typedef {import('./api.js').ServerClock} ServerClock */

const VOICE_EVERY_MS = 250;

/**
 * @typedef {object} RoomEvents
 * @property {(ending: Ending) => void} ended the visit is over
 * @property {() => void} refused the first connection failed before a welcome
 * @property {() => void} resumeFailed a resume attempt failed; the caller may check whether the meeting ended
 * @property {(text: string | null) => void} notice a status line (null clears it)
 * @property {() => void} changed the roster or own state changed
 * @property {() => void} chatArrived a message from someone else arrived
 */

export class Room {
  /**
   * @param {string} meetingId @param {import('./types.js').JoinTicket} ticket
   * @param {LocalMedia} media @param {ServerClock} clock @param {RoomEvents} events
   */
  constructor(meetingId, ticket, media, clock, events) {
    this.media = media;
    this.clock = clock;
    this.events = events;
    this.view = new RoomView();
    this.selfId = '';
    /** @type {Map<string, Participant>} */
    this.roster = new Map();
    /** @type {Map<string, PeerLink>} */
    this.links = new Map();
    /** @type {IceServer[]} */
    this.iceServers = [];
    this.over = false;
    this.speaker = new ActiveSpeaker();
    this.gate = new VoiceGate();
    /** @type {Set<string>} participants whose hand is up (this page's own included) */
    this.hands = new Set();
    this.handUp = false;
    this.signaling = new Signaling(meetingId, ticket.ticket, ticket.signalingUrl, {
      message: (m) => this.received(m),
      refused: () => events.refused(),
      resumeFailed: () => events.resumeFailed(),
      reconnecting: () => events.notice('Connection lost; reconnecting…'),
      lost: (code) => this.end(code === 1001 ? 'server-restart' : 'lost'),
    });
    this.chat = new Chat({
      selfId: () => this.selfId,
      nameOf: (id) => this.nameOf(id),
      links: () => this.links.values(),
      link: (id) => this.links.get(id),
      shown: (m) => {
        this.view.message(m, this.selfId, (id) => this.nameOf(id));
        if (m.from !== this.selfId) {
          events.chatArrived();
        }
      },
      voice: (id, level) => this.heard(id, level),
      hand: (id, raised, of) => this.handFrom(id, raised, of),
      now: () => clock.now(),
    });
    this.ticker = window.setInterval(() => this.voiceTick(), VOICE_EVERY_MS);
  }

  start() {
    this.signaling.start();
  }

  /** @param {string} id */
  nameOf(id) {
    const p = this.roster.get(id);
    return p ? p.displayName : 'Someone';
  }

  self() {
    return this.roster.get(this.selfId);
  }

  /** @param {Signal} m */
  received(m) {
    switch (m.type) {
      case 'welcome':
        this.events.notice(null); // out of the waiting room, if it was there
        return this.welcome(m);
      case 'participant-joined': return this.joined(m.participant);
      case 'participant-left': return this.left(m.participantId);
      case 'participant-updated': return this.updated(m.participant);
      case 'host-reconnecting': return this.events.notice('The host lost their connection; waiting for them to return.');
      case 'host-returned': return this.events.notice(null);
      case 'expelled': return this.end('removed');
      case 'waiting': return this.events.notice('You are in the waiting room; the host has been asked to let you in.');
      case 'refused': return this.end(endingForRefusedCode(typeof m.code === 'string' ? m.code : undefined));
      case 'meeting-ended': return this.end(endingForReason(m.reason));
      case 'offer':
      case 'answer': return this.linkFor(m.from)?.description(m.type, String(m.sdp || ''));
      case 'candidate': return this.linkFor(m.from)?.candidate({ candidate: m.candidate, sdpMid: m.sdpMid,
        sdpMLineIndex: m.sdpMLineIndex });
      case 'error':
        if (m.code === 'replaced') {
          this.end('replaced');
        } else if (m.code === 'gone') {
          this.end('could-not-enter');
        }
        return undefined;
      default: return undefined;
    }
  }

  /** @param {Signal} m */
  welcome(m) {
    this.selfId = String(m.participantId);
    this.iceServers = Array.isArray(m.iceServers) ? m.iceServers : [];
    const roster = Array.isArray(m.roster) ? /** @type {Participant[]} */ (m.roster) : [];
    this.roster = new Map(roster.map((p) => [p.id, p]));
    this.hands = new Set([...this.hands].filter((id) => this.roster.has(id)));
    for (const [id, link] of this.links) {
      if (!this.roster.has(id)) {
        this.dropLink(id, link);
      }
    }
    for (const p of roster) {
      this.ensureLink(p.id);
    }
    this.events.notice(null);
    this.sendMediaState();
    this.render();
    const self = this.view.tile(this.selfId, 'camera', true);
    self.stream(this.media.camera ? new MediaStream([this.media.camera]) : null);
    this.render();
  }

  /** @param {Participant} p */
  joined(p) {
    if (!p || typeof p.id !== 'string') {
      return;
    }
    this.roster.set(p.id, p);
    this.ensureLink(p.id);
    this.render();
  }

  /** @param {string} id */
  left(id) {
    this.roster.delete(id);
    this.hands.delete(id);
    const link = this.links.get(id);
    if (link) {
      this.dropLink(id, link);
    }
    if (this.speaker.forget(id, Date.now())) {
      this.view.speaker(this.speaker.current);
    }
    this.render();
  }

  /** @param {Participant} p */
  updated(p) {
    if (!p || !this.roster.has(p.id)) {
      return;
    }
    this.roster.set(p.id, p);
    this.render();
  }

  /** @param {string} id */
  ensureLink(id) {
    if (id === this.selfId || this.links.has(id)) {
      return;
    }
    const link = new PeerLink(this.selfId, id, this.iceServers, this.media, (msg) => this.signaling.send(msg), {
      track: (l, kind, stream) => this.view.stream(this.roster.get(l.remoteId), kind, stream, false),
      chatOpen: (l) => {
        this.chat.opened(l);
        if (this.handUp) {
          l.sendChat(JSON.stringify({ type: 'hand', raised: true, of: null }));
        }
      },
      chatData: (l, data) => this.chat.received(l, data),
      state: () => {},
    });
    this.links.set(id, link);
  }

  /** @param {string | undefined} id */
  linkFor(id) {
    return id ? this.links.get(id) : undefined;
  }

  /** @param {string} id @param {PeerLink} link */
  dropLink(id, link) {
    link.close();
    this.links.delete(id);
    this.view.forget(id);
  }

  render() {
    this.view.render([...this.roster.values()], this.selfId, this.hands);
    this.view.speaker(this.speaker.current);
    this.events.changed();
  }

  sendMediaState() {
    this.signaling.send({ type: 'media-state', micOn: this.media.micOn, cameraOn: this.media.cameraOn,
      screenSharing: !!this.media.screen });
  }

  /** @param {boolean} on */
  setMic(on) {
    this.media.setMic(on);
    this.sendMediaState();
  }

  /** @param {boolean} on */
  setCamera(on) {
    this.media.setCamera(on);
    this.sendMediaState();
  }

  async toggleScreen() {
    if (this.media.screen) {
      this.media.stopScreen();
    } else if (!(await this.media.startScreen(() => this.stopScreen()))) {
      return;
    }
    this.screenShown();
  }

  stopScreen() {
    this.media.stopScreen();
    this.screenShown();
  }

  screenShown() {
    const self = this.self();
    this.view.stream(self, 'screen', this.media.screen ? new MediaStream([this.media.screen]) : null, true);
    this.sendMediaState();
  }

  /** Raises or lowers this page's own hand, on every channel. @param {boolean} raised */
  setHand(raised) {
    this.handUp = raised;
    const payload = JSON.stringify({ type: 'hand', raised, of: null });
    this.links.forEach((link) => link.sendChat(payload));
    this.showHand(this.selfId, raised);
  }

  /** A `hand` from a peer. @param {string} peerId @param {boolean} raised @param {string | null} of */
  handFrom(peerId, raised, of) {
    if (of === null) {
      this.showHand(peerId, raised);
    } else if (this.roster.get(peerId)?.host) {
      if (of === this.selfId) {
        this.handUp = false;
      }
      this.showHand(of, false);
    } else {
      console.warn('Ignored a lowered hand from ' + peerId + ', who is not the host');
    }
  }

  /** @param {string} id @param {boolean} raised */
  showHand(id, raised) {
    if (!this.roster.has(id)) {
      return;
    }
    if (raised) {
      this.hands.add(id);
    } else {
      this.hands.delete(id);
    }
    this.render();
  }

  /** @param {string} text @param {string | null} to @returns {string | null} an error sentence */
  say(text, to) {
    return this.chat.send(text, to);
  }

  /** @param {string} id @param {number} level */
  heard(id, level) {
    if (this.roster.has(id) && this.speaker.report(id, level, Date.now())) {
      this.view.speaker(this.speaker.current);
    }
  }

  async voiceTick() {
    if (this.over) {
      return;
    }
    if (this.speaker.decide(Date.now())) {
      this.view.speaker(this.speaker.current);
    }
    const first = this.links.values().next().value;
    let level = 0;
    if (first && this.media.micOn) {
      level = (await first.inboundStats().catch(() => ({ sentAudioLevel: 0 }))).sentAudioLevel;
    }
    const report = this.gate.sample(level, Date.now());
    if (report !== null && this.selfId) {
      const payload = JSON.stringify({ type: 'voice', level: report });
      this.links.forEach((link) => link.sendChat(payload));
      this.heard(this.selfId, report);
    }
  }

  leave() {
    this.signaling.leave();
    this.end('left');
  }

  /** @param {Ending} ending */
  end(ending) {
    if (this.over) {
      return;
    }
    this.over = true;
    this.signaling.finish();
    clearInterval(this.ticker);
    for (const [id, link] of this.links) {
      this.dropLink(id, link);
    }
    this.events.ended(ending);
  }

  /** For tests and diagnostics: what this page receives from each peer. */
  async stats() {
    /** @type {Record<string, any>} */
    const out = {};
    for (const [id, link] of this.links) {
      out[id] = { ...(await link.inboundStats()), state: link.pc.connectionState, chat: link.chat.readyState };
    }
    return out;
  }
}
