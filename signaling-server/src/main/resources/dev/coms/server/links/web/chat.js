// Peer-to-peer chat over each link's `chat` data channel, exactly like the desktop's SessionChat: `say` to
// everyone or to one participant, `history` (the last 100 public messages, oldest first) when a channel opens,
// dedupe by id, and the sender taken from the connection a message came on, never from its `from`.

/** @typedef {import('./types.js').ChatMessage} ChatMessage */
/** @typedef {import('./peer.js').PeerLink} PeerLink */

export const MAX_TEXT = 4000;
export const HISTORY = 100;
const MAX_PAYLOAD = 256 * 1024;

/**
 * @typedef {object} ChatDeps
 * @property {() => string} selfId
 * @property {(id: string) => string} nameOf the roster's name of a participant
 * @property {() => Iterable<PeerLink>} links
 * @property {(id: string) => PeerLink | undefined} link
 * @property {(message: ChatMessage) => void} shown a new message to show
 * @property {(peerId: string, level: number) => void} voice a peer's voice report
 * @property {(peerId: string, raised: boolean, of: string | null) => void} hand a peer's own hand (of null), or
 *   the host lowering someone's hand (of their id); the receiver checks that the sender is the host
 * @property {() => number} now the server's time, epoch ms
 */

export class Chat {
  /** @param {ChatDeps} deps */
  constructor(deps) {
    this.deps = deps;
    /** @type {ChatMessage[]} */
    this.messages = [];
    /** @type {Set<string>} */
    this.ids = new Set();
  }

  /**
   * Sends to everyone (`to` null) or to one participant; returns an error sentence or null.
   * @param {string} text @param {string | null} to
   */
  send(text, to) {
    const trimmed = (text || '').trim();
    if (!trimmed || trimmed.length > MAX_TEXT) {
      return 'A message needs between 1 and ' + MAX_TEXT + ' characters.';
    }
    const target = to ? this.deps.link(to) : undefined;
    if (to && !target) {
      return 'That participant is no longer in the meeting.';
    }
    const self = this.deps.selfId();
    /** @type {ChatMessage} */
    const message = { id: crypto.randomUUID(), from: self, senderName: this.deps.nameOf(self), to: to || null,
      text: trimmed, sentAt: new Date(this.deps.now()).toISOString() };
    const payload = JSON.stringify({ type: 'say', message });
    if (target) {
      target.sendChat(payload);
    } else {
      for (const link of this.deps.links()) {
        link.sendChat(payload);
      }
    }
    this.accept(message);
    return null;
  }

  /** @param {PeerLink} link @param {string} data */
  received(link, data) {
    if (data.length > MAX_PAYLOAD) {
      console.warn('Ignored an oversized chat payload from ' + link.remoteId);
      return;
    }
    /** @type {any} */
    let wire;
    try {
      wire = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!wire || typeof wire !== 'object') {
      return;
    }
    if (wire.type === 'say') {
      const message = this.sanitize(wire.message, link.remoteId);
      if (message) {
        this.accept(message);
      }
    } else if (wire.type === 'history' && Array.isArray(wire.messages)) {
      wire.messages.slice(0, HISTORY)
        .filter((/** @type {any} */ m) => valid(m) && !m.to)
        .forEach((/** @type {ChatMessage} */ m) => this.accept({ id: m.id, from: m.from,
          senderName: String(m.senderName || ''), to: null, text: m.text, sentAt: m.sentAt }));
    } else if (wire.type === 'voice' && typeof wire.level === 'number' && wire.level >= 0 && wire.level <= 1) {
      this.deps.voice(link.remoteId, wire.level);
    } else if (wire.type === 'hand' && typeof wire.raised === 'boolean') {
      const of = typeof wire.of === 'string' ? wire.of : null;
      if (of !== null && wire.raised) {
        console.warn('Ignored a raised hand for someone else from ' + link.remoteId);
      } else {
        this.deps.hand(link.remoteId, wire.raised, of);
      }
    }
  }

  /** The channel to a peer opened: hand it our recent public messages. @param {PeerLink} link */
  opened(link) {
    const recent = this.messages.filter((m) => !m.to).slice(-HISTORY);
    if (recent.length) {
      link.sendChat(JSON.stringify({ type: 'history', messages: recent }));
    }
  }

  /** @param {any} claimed @param {string} peerId @returns {ChatMessage | null} */
  sanitize(claimed, peerId) {
    if (!valid(claimed)) {
      return null;
    }
    if (claimed.to && claimed.to !== this.deps.selfId()) {
      console.warn('Dropped a private message from ' + peerId + ' addressed to someone else');
      return null;
    }
    return { id: claimed.id, from: peerId, senderName: this.deps.nameOf(peerId), to: claimed.to || null,
      text: claimed.text, sentAt: claimed.sentAt };
  }

  /** @param {ChatMessage} message */
  accept(message) {
    if (this.ids.has(message.id)) {
      return;
    }
    this.ids.add(message.id);
    this.messages.push(message);
    this.deps.shown(message);
  }
}

/** @param {any} m */
function valid(m) {
  return !!m && typeof m.id === 'string' && m.id.length <= 64 && typeof m.from === 'string'
    && typeof m.text === 'string' && m.text.trim().length > 0 && m.text.length <= MAX_TEXT
    && typeof m.sentAt === 'string' && (m.to === null || m.to === undefined || typeof m.to === 'string');
}
