// The room's WebSocket: welcome, ping every 15 s, resume with the resume token after a drop, end of the room.
// Mirrors the desktop's SignalingClient. Browsers see only 1006 for a refused upgrade, so a failure before the
// first welcome is reported as `refused` and the caller asks the REST API why.

/** @typedef {import('./types.js').Signal} Signal */

const PING_EVERY_MS = 15000;
const RESUME_FOR_MS = 60000;
const CLOSE_DROP_FOR_TEST = 4000;

/**
 * @typedef {object} SignalingEvents
 * @property {(message: Signal) => void} message every parsed message from the server, welcome included
 * @property {() => void} refused the very first connection failed before any welcome (reason unknown)
 * @property {() => void} reconnecting the connection dropped; resuming
 * @property {() => void} resumeFailed one resume attempt failed before its welcome (refused or still offline)
 * @property {(code: number, reason: string) => void} lost the connection is gone for good
 */

export class Signaling {
  /**
   * @param {string} meetingId
   * @param {string} ticket single-use join ticket
   * @param {string} signalingUrl relative path from the ticket, e.g. /ws/rooms/{id}
   * @param {SignalingEvents} events
   */
  constructor(meetingId, ticket, signalingUrl, events) {
    this.meetingId = meetingId;
    this.ticket = ticket;
    this.path = signalingUrl && signalingUrl.startsWith('/ws/') ? signalingUrl
      : '/ws/rooms/' + encodeURIComponent(meetingId);
    this.events = events;
    /** @type {WebSocket | null} */
    this.socket = null;
    /** @type {string | null} */
    this.resumeToken = null;
    this.welcomed = false;
    this.socketWelcomed = false;
    this.finished = false;
    this.nonce = 0;
    /** @type {number | undefined} */
    this.pinger = undefined;
    this.dropStartedAt = 0;
    this.attempt = 0;
    this.resumes = 0;
  }

  start() {
    this.open('ticket=' + encodeURIComponent(this.ticket));
  }

  /** @param {Signal} message */
  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  /** Leaves on purpose: `leave`, then a normal close. */
  leave() {
    this.finished = true;
    this.send({ type: 'leave', reason: 'bye' });
    this.stopPing();
    if (this.socket) {
      this.socket.close(1000, 'left');
    }
  }

  /** The room ended or refused us; stop without resuming. */
  finish() {
    this.finished = true;
    this.stopPing();
  }

  /** For tests and diagnostics: breaks the connection as a network drop would (not a leave). */
  dropForTest() {
    if (this.socket) {
      console.info('Dropping the room connection for a test');
      this.socket.close(CLOSE_DROP_FOR_TEST, 'dropped');
    }
  }

  /** @param {string} query */
  open(query) {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + this.path + '?' + query);
    this.socket = socket;
    this.socketWelcomed = false;
    socket.onmessage = (event) => this.received(event.data);
    socket.onclose = (event) => {
      if (this.socket === socket) {
        this.closed(event.code, event.reason);
      }
    };
  }

  /** @param {any} data */
  received(data) {
    if (typeof data !== 'string') {
      return;
    }
    /** @type {Signal} */
    let message;
    try {
      message = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      return;
    }
    if (message.type === 'welcome') {
      this.welcomed = true;
      this.socketWelcomed = true;
      if (message.resumed === true) {
        this.resumes++;
      }
      this.attempt = 0;
      this.dropStartedAt = 0;
      if (typeof message.resumeToken === 'string') {
        this.resumeToken = message.resumeToken;
      }
      this.startPing();
    }
    this.events.message(message);
  }

  /** @param {number} code @param {string} reason */
  closed(code, reason) {
    this.stopPing();
    if (this.finished) {
      return;
    }
    if (!this.welcomed) {
      this.finished = true;
      this.events.refused();
      return;
    }
    // The server closes with 1000 only after a message that explains it (ended, expelled, replaced), which has
    // already finished this connection; a bare 1000 (e.g. the echo of a close we started) is treated as a drop.
    if (code === 1001 || !this.resumeToken) {
      this.finished = true;
      this.events.lost(code, reason);
      return;
    }
    if (!this.socketWelcomed && this.dropStartedAt) {
      this.events.resumeFailed();
    }
    this.resume();
  }

  resume() {
    const now = Date.now();
    if (!this.dropStartedAt) {
      this.dropStartedAt = now;
      this.events.reconnecting();
    }
    if (now - this.dropStartedAt > RESUME_FOR_MS) {
      this.finished = true;
      this.events.lost(1006, 'could not reconnect');
      return;
    }
    const delay = Math.min(250 * 2 ** this.attempt, 4000);
    this.attempt++;
    const token = /** @type {string} */ (this.resumeToken);
    setTimeout(() => {
      if (!this.finished) {
        this.open('resume=' + encodeURIComponent(token));
      }
    }, delay);
  }

  startPing() {
    this.stopPing();
    this.pinger = window.setInterval(() => this.send({ type: 'ping', nonce: ++this.nonce }), PING_EVERY_MS);
  }

  stopPing() {
    if (this.pinger !== undefined) {
      clearInterval(this.pinger);
      this.pinger = undefined;
    }
  }
}
