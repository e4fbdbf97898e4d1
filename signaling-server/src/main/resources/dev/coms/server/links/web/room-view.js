// The room's DOM: video tiles with names, mic/camera state, the active speaker and a full-screen button; the
// People list; the messenger. Every received text is written with textContent, never as HTML.

/** @typedef {import('./types.js').Participant} Participant */
/** @typedef {import('./types.js').ChatMessage} ChatMessage */
/** @typedef {import('./types.js').TrackKind} TrackKind */

/** @param {string} id @returns {HTMLElement} */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error('missing #' + id);
  }
  return element;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {string} [className] @param {string} [text] @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/** @param {string} name @returns {string} */
function initials(name) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0] || '?')[0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

const SVG = 'http://www.w3.org/2000/svg';

/** Four corner brackets, drawn as SVG elements (no markup strings). */
function fullscreenIcon() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5');
  svg.append(path);
  return svg;
}

class Tile {
  /** @param {string} participantId @param {TrackKind} kind @param {boolean} self */
  constructor(participantId, kind, self) {
    this.root = el('div', 'tile' + (kind === 'screen' ? ' screen' : '') + (self ? ' self' : ''));
    this.root.dataset.participant = participantId;
    this.root.dataset.kind = kind;
    this.video = el('video');
    this.video.autoplay = true;
    this.video.muted = true;
    this.video.playsInline = true;
    this.avatar = el('div', 'avatar');
    const bar = el('div', 'tile-bar');
    this.name = el('span', 'tile-name');
    this.mic = el('span', 'tile-state mic', 'mic off');
    this.hand = el('span', 'tile-hand', 'Hand raised');
    this.hand.hidden = true;
    this.fullscreen = el('button', 'tile-fullscreen');
    this.fullscreen.append(fullscreenIcon());
    this.fullscreen.type = 'button';
    this.fullscreen.title = 'Full screen';
    this.fullscreen.setAttribute('aria-label', 'Full screen');
    this.fullscreen.addEventListener('click', () => this.toggleFullscreen());
    bar.append(this.name, this.hand, this.mic, this.fullscreen);
    this.root.append(this.video, this.avatar, bar);
    this.kind = kind;
  }

  toggleFullscreen() {
    if (document.fullscreenElement === this.root) {
      document.exitFullscreen().catch(() => {});
    } else {
      this.root.requestFullscreen().catch(() => {});
    }
  }

  /** @param {Participant} p @param {boolean} self @param {boolean} [hand] the participant's hand is up */
  show(p, self, hand = false) {
    this.hand.hidden = this.kind === 'screen' || !hand;
    this.root.classList.toggle('hand', !this.hand.hidden);
    const label = (self ? p.displayName + ' (you)' : p.displayName) + (this.kind === 'screen' ? ' · screen' : '');
    this.name.textContent = p.host ? label + ' · host' : label;
    this.avatar.textContent = initials(p.displayName);
    this.mic.hidden = this.kind === 'screen' || p.micOn;
    const videoOn = this.kind === 'screen' ? p.screenSharing : p.cameraOn;
    this.root.classList.toggle('video-off', !videoOn || !this.video.srcObject);
  }

  /** @param {MediaStream | null} stream */
  stream(stream) {
    if (this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      if (stream) {
        this.video.play().catch(() => {});
      }
    }
  }
}

export class RoomView {
  constructor() {
    this.tiles = byId('tiles');
    this.people = byId('people');
    this.messages = byId('messages');
    this.recipient = /** @type {HTMLSelectElement} */ (byId('chat-to'));
    this.audio = byId('audio-out');
    /** @type {Map<string, Tile>} */
    this.byKey = new Map();
    /** @type {Map<string, HTMLAudioElement>} */
    this.audios = new Map();
    /** @type {Set<string>} */
    this.hands = new Set();
  }

  /** @param {string} id @param {TrackKind} kind */
  static key(id, kind) {
    return id + ':' + kind;
  }

  /**
   * Brings the tiles in line with the roster.
   * @param {Participant[]} roster @param {string} selfId @param {Set<string>} [hands] whose hand is up
   */
  render(roster, selfId, hands = new Set()) {
    this.hands = hands;
    const wanted = new Set();
    for (const p of roster) {
      wanted.add(RoomView.key(p.id, 'camera'));
      this.tile(p.id, 'camera', p.id === selfId).show(p, p.id === selfId, hands.has(p.id));
      const screen = this.byKey.get(RoomView.key(p.id, 'screen'));
      if (screen) {
        wanted.add(RoomView.key(p.id, 'screen'));
        screen.show(p, p.id === selfId);
      }
    }
    for (const [key, tile] of this.byKey) {
      if (!wanted.has(key)) {
        tile.root.remove();
        this.byKey.delete(key);
      }
    }
    this.tiles.dataset.count = String(this.byKey.size);
    this.renderPeople(roster, selfId, hands);
    this.renderRecipients(roster, selfId);
  }

  /** @param {string} id @param {TrackKind} kind @param {boolean} self */
  tile(id, kind, self) {
    const key = RoomView.key(id, kind);
    let tile = this.byKey.get(key);
    if (!tile) {
      tile = new Tile(id, kind, self);
      this.byKey.set(key, tile);
      this.tiles.append(tile.root);
      this.tiles.dataset.count = String(this.byKey.size);
    }
    return tile;
  }

  /**
   * A participant's stream of one kind came (or went: null).
   * @param {Participant | undefined} p @param {TrackKind} kind @param {MediaStream | null} stream @param {boolean} self
   */
  stream(p, kind, stream, self) {
    if (!p) {
      return;
    }
    if (kind === 'audio') {
      this.playAudio(p.id, stream);
      return;
    }
    if (kind === 'screen' && !stream) {
      const tile = this.byKey.get(RoomView.key(p.id, 'screen'));
      if (tile) {
        tile.root.remove();
        this.byKey.delete(RoomView.key(p.id, 'screen'));
      }
      return;
    }
    const tile = this.tile(p.id, kind, self);
    tile.stream(stream);
    tile.show(p, self, this.hands.has(p.id));
  }

  /** @param {string} id @param {MediaStream | null} stream */
  playAudio(id, stream) {
    let audio = this.audios.get(id);
    if (!stream) {
      if (audio) {
        audio.srcObject = null;
        audio.remove();
        this.audios.delete(id);
      }
      return;
    }
    if (!audio) {
      audio = el('audio');
      audio.autoplay = true;
      audio.dataset.participant = id;
      this.audio.append(audio);
      this.audios.set(id, audio);
    }
    audio.srcObject = stream;
    audio.play().catch(() => {});
  }

  /** @param {string} id */
  forget(id) {
    this.playAudio(id, null);
  }

  /** @param {string | null} speakerId */
  speaker(speakerId) {
    for (const tile of this.byKey.values()) {
      tile.root.classList.toggle('speaking', tile.kind === 'camera' && tile.root.dataset.participant === speakerId);
    }
  }

  /**
   * Raised hands first (in roster order), then everyone else.
   * @param {Participant[]} roster @param {string} selfId @param {Set<string>} hands
   */
  renderPeople(roster, selfId, hands) {
    const ordered = [...roster.filter((p) => hands.has(p.id)), ...roster.filter((p) => !hands.has(p.id))];
    const rows = ordered.map((p) => {
      const row = el('li', 'person' + (hands.has(p.id) ? ' hand' : ''));
      row.dataset.participant = p.id;
      const name = el('span', 'person-name', p.displayName + (p.id === selfId ? ' (you)' : ''));
      const tags = el('span', 'person-tags',
        [hands.has(p.id) ? 'hand raised' : '', p.host ? 'host' : '', p.micOn ? '' : 'muted',
          p.cameraOn ? '' : 'no video', p.screenSharing ? 'sharing' : '']
          .filter(Boolean).join(' · '));
      row.append(name, tags);
      return row;
    });
    this.people.replaceChildren(...rows);
    byId('people-count').textContent = String(roster.length);
  }

  /** @param {Participant[]} roster @param {string} selfId */
  renderRecipients(roster, selfId) {
    const chosen = this.recipient.value;
    const everyone = el('option', undefined, 'Everyone');
    everyone.value = '';
    const options = [everyone];
    for (const p of roster) {
      if (p.id !== selfId) {
        const option = el('option', undefined, p.displayName + ' (private)');
        option.value = p.id;
        options.push(option);
      }
    }
    this.recipient.replaceChildren(...options);
    this.recipient.value = options.some((o) => o.value === chosen) ? chosen : '';
  }

  /** @param {ChatMessage} m @param {string} selfId @param {(id: string) => string} nameOf */
  message(m, selfId, nameOf) {
    const row = el('li', 'message' + (m.from === selfId ? ' mine' : '') + (m.to ? ' private' : ''));
    const who = m.from === selfId ? 'You' : (m.senderName || nameOf(m.from));
    const head = el('div', 'message-head');
    head.append(el('span', 'message-from', m.to ? who + ' → ' + (m.to === selfId ? 'you' : nameOf(m.to)) + ' (private)'
      : who));
    const at = new Date(m.sentAt);
    head.append(el('time', 'message-time', Number.isNaN(at.getTime()) ? ''
      : at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })));
    row.append(head, el('p', 'message-text', m.text));
    this.messages.append(row);
    this.messages.scrollTop = this.messages.scrollHeight;
  }
}
