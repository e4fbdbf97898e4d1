// One RTCPeerConnection per remote participant, with perfect negotiation as docs/protocol.md describes: the
// participant whose id sorts first is impolite and makes the first offer; the other side is polite and waits for
// that offer before offering itself; on crossing offers the impolite side ignores the other's and the polite side
// rolls back (setRemoteDescription does it implicitly). Mirrors the desktop's PeerLink + Negotiation.
//
// Stream ids on the wire follow the docs ("camera", "screen", "audio"): a browser cannot choose a MediaStream's
// id, so the SDP this side sends is rewritten per m-section (by mid) to `a=msid:<kind> <kind>-<sender id>`.
// The local description itself is never altered. A microphone or camera switched off sends no track
// (replaceTrack(null)); switching it on again puts the track back without renegotiating.

/** @typedef {import('./types.js').IceServer} IceServer */
/** @typedef {import('./types.js').Signal} Signal */
/** @typedef {import('./types.js').TrackKind} TrackKind */
/** @typedef {import('./media.js').LocalMedia} LocalMedia */

/**
 * @typedef {object} PeerEvents
 * @property {(link: PeerLink, kind: TrackKind, stream: MediaStream | null) => void} track a remote stream came or went
 * @property {(link: PeerLink) => void} chatOpen the chat channel opened
 * @property {(link: PeerLink, data: string) => void} chatData text arrived on the chat channel
 * @property {(link: PeerLink, state: RTCPeerConnectionState) => void} state the connection state changed
 */

/** `stun:`/`stuns:`/`turn:`/`turns:` + host (+ `:port`, + `?transport=udp|tcp`), as docs/protocol.md requires. */
const ICE_URL = /^(stuns?|turns?):([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\?transport=(udp|tcp))?$/;

/** @param {IceServer[]} servers @returns {RTCIceServer[]} only entries with a valid URL (others would throw) */
export function usableIceServers(servers) {
  /** @type {RTCIceServer[]} */
  const usable = [];
  for (const server of servers || []) {
    const urls = (server.urls || []).filter((u) => ICE_URL.test(u));
    if (urls.length) {
      usable.push(server.username ? { urls, username: server.username, credential: server.credential || '' }
        : { urls });
    }
  }
  return usable;
}

/** @param {string | undefined} streamId @param {string} trackId @param {string} kind @returns {TrackKind} */
export function remoteKind(streamId, trackId, kind) {
  if (kind === 'audio') {
    return 'audio';
  }
  if (streamId === 'screen' || streamId === 'camera') {
    return streamId;
  }
  return (trackId || '').startsWith('screen-') ? 'screen' : 'camera';
}

export class PeerLink {
  /**
   * @param {string} selfId @param {string} remoteId @param {IceServer[]} iceServers
   * @param {LocalMedia} media @param {(message: Signal) => void} send @param {PeerEvents} events
   */
  constructor(selfId, remoteId, iceServers, media, send, events) {
    this.remoteId = remoteId;
    this.impolite = selfId < remoteId;
    this.mayOffer = this.impolite;
    this.pending = false;
    this.makingOffer = false;
    this.ignoreOffer = false;
    this.closed = false;
    this.media = media;
    this.send = send;
    this.events = events;
    /** @type {RTCIceCandidateInit[]} */
    this.queuedCandidates = [];
    /** @type {Promise<void>} */
    this.chain = Promise.resolve();
    /** @type {Map<TrackKind, RTCRtpSender>} */
    this.senders = new Map();
    /** @type {Map<RTCRtpSender, {kind: TrackKind, label: string}>} */
    this.labels = new Map();
    /** @type {Map<TrackKind, MediaStream>} */
    this.remote = new Map();
    this.pc = new RTCPeerConnection({ iceServers: usableIceServers(iceServers) });
    this.chat = this.pc.createDataChannel('chat', { negotiated: true, id: 0, ordered: true });
    this.chat.onopen = () => events.chatOpen(this);
    this.chat.onmessage = (e) => {
      if (typeof e.data === 'string') {
        events.chatData(this, e.data);
      }
    };
    this.pc.onicecandidate = (e) => {
      if (e.candidate && e.candidate.candidate) {
        send({ type: 'candidate', to: remoteId, sdpMid: e.candidate.sdpMid,
          sdpMLineIndex: e.candidate.sdpMLineIndex, candidate: e.candidate.candidate });
      }
    };
    this.pc.onnegotiationneeded = () => this.serial(() => this.negotiationNeeded());
    this.pc.ontrack = (e) => this.trackArrived(e);
    this.pc.onconnectionstatechange = () => {
      events.state(this, this.pc.connectionState);
      if (this.pc.connectionState === 'failed' && !this.closed && this.impolite) {
        this.pc.restartIce();
      }
    };
    this.onLocalTrack = (/** @type {TrackKind} */ kind, /** @type {MediaStreamTrack | null} */ track) =>
      this.serial(() => this.localTrack(kind, track));
    media.trackListeners.add(this.onLocalTrack);
    this.onSwitch = (/** @type {TrackKind} */ kind) => this.serial(() => this.switched(kind));
    media.switchListeners.add(this.onSwitch);
    for (const kind of /** @type {TrackKind[]} */ (['audio', 'camera', 'screen'])) {
      const track = media[kind];
      if (track) {
        this.addSender(kind, track);
      }
    }
  }

  /** @param {() => Promise<void> | void} step runs after every earlier step of this link */
  serial(step) {
    this.chain = this.chain.then(step).catch((e) => console.warn('Peer ' + this.remoteId + ':', e));
    return this.chain;
  }

  /** @param {TrackKind} kind @param {MediaStreamTrack} track */
  addSender(kind, track) {
    const sender = this.pc.addTrack(track, new MediaStream([track]));
    this.senders.set(kind, sender);
    this.labels.set(sender, { kind, label: kind + '-' + crypto.randomUUID() });
    if (!this.media.isOn(kind)) {
      sender.replaceTrack(null).catch(() => {});
    }
  }

  /** Mic or camera switched on or off: an "off" kind sends no track at all (no renegotiation either way). */
  async switched(/** @type {TrackKind} */ kind) {
    const sender = this.senders.get(kind);
    const track = this.media[kind];
    if (sender && !this.closed) {
      await sender.replaceTrack(track && this.media.isOn(kind) ? track : null);
    }
  }

  /** @param {TrackKind} kind @param {MediaStreamTrack | null} track */
  async localTrack(kind, track) {
    if (this.closed) {
      return;
    }
    const sender = this.senders.get(kind);
    if (sender && track) {
      await sender.replaceTrack(this.media.isOn(kind) ? track : null);
    } else if (sender && kind === 'screen') {
      this.pc.removeTrack(sender);
      this.senders.delete(kind);
    } else if (sender) {
      await sender.replaceTrack(null);
    } else if (track) {
      this.addSender(kind, track);
    }
  }

  async negotiationNeeded() {
    if (this.closed) {
      return;
    }
    if (!this.mayOffer || this.pc.signalingState !== 'stable') {
      this.pending = true;
      return;
    }
    this.pending = false;
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      const local = /** @type {RTCSessionDescription} */ (this.pc.localDescription);
      this.send({ type: 'offer', to: this.remoteId, sdp: this.announce(local.sdp) });
    } finally {
      this.makingOffer = false;
    }
  }

  /** An offer or answer from the peer. @param {'offer' | 'answer'} type @param {string} sdp */
  description(type, sdp) {
    return this.serial(async () => {
      if (this.closed) {
        return;
      }
      const offer = type === 'offer';
      if (!offer && this.pc.signalingState !== 'have-local-offer') {
        return;
      }
      const collision = offer && (this.makingOffer || this.pc.signalingState !== 'stable');
      this.ignoreOffer = this.impolite && collision;
      if (this.ignoreOffer) {
        return;
      }
      if (collision) {
        this.pending = true;
      }
      await this.pc.setRemoteDescription({ type, sdp });
      this.mayOffer = true;
      for (const candidate of this.queuedCandidates.splice(0)) {
        await this.addCandidate(candidate);
      }
      if (offer) {
        await this.pc.setLocalDescription();
        const local = /** @type {RTCSessionDescription} */ (this.pc.localDescription);
        this.send({ type: 'answer', to: this.remoteId, sdp: this.announce(local.sdp) });
      }
      if (this.pending) {
        await this.negotiationNeeded();
      }
    });
  }

  /** @param {RTCIceCandidateInit} candidate */
  candidate(candidate) {
    return this.serial(async () => {
      if (this.closed) {
        return;
      }
      if (!this.pc.remoteDescription) {
        this.queuedCandidates.push(candidate);
      } else {
        await this.addCandidate(candidate);
      }
    });
  }

  /** @param {RTCIceCandidateInit} candidate */
  async addCandidate(candidate) {
    try {
      await this.pc.addIceCandidate(candidate);
    } catch (e) {
      if (!this.ignoreOffer) {
        console.warn('Rejected a candidate from ' + this.remoteId, e);
      }
    }
  }

  /** The SDP to send: each of our m-sections names its kind as stream id and a stable labelled track id. */
  announce(/** @type {string} */ sdp) {
    /** @type {Map<string, string>} */
    const byMid = new Map();
    for (const transceiver of this.pc.getTransceivers()) {
      const label = this.labels.get(transceiver.sender);
      if (label && transceiver.mid !== null) {
        byMid.set(transceiver.mid, label.kind + ' ' + label.label);
      }
    }
    const sections = sdp.split(/\r\n(?=m=)/);
    return sections.map((section) => {
      const mid = /\r\na=mid:(\S+)/.exec(section);
      const msid = mid ? byMid.get(mid[1]) : undefined;
      if (!msid) {
        return section;
      }
      return section
        .replace(/^a=msid:\S+ \S+$/gm, 'a=msid:' + msid)
        .replace(/^(a=ssrc:\d+ msid:)\S+ \S+$/gm, '$1' + msid);
    }).join('\r\n');
  }

  /** @param {RTCTrackEvent} e */
  trackArrived(e) {
    const stream = e.streams[0];
    const kind = remoteKind(stream ? stream.id : undefined, e.track.id, e.track.kind);
    const mine = new MediaStream([e.track]);
    this.remote.set(kind, mine);
    this.events.track(this, kind, mine);
    const gone = () => {
      if (this.remote.get(kind) === mine) {
        this.remote.delete(kind);
        this.events.track(this, kind, null);
      }
    };
    e.track.addEventListener('ended', gone);
    if (stream) {
      stream.addEventListener('removetrack', (r) => {
        if (r.track === e.track) {
          gone();
        }
      });
    }
  }

  /** @param {string} text */
  sendChat(text) {
    if (this.chat.readyState === 'open') {
      this.chat.send(text);
      return true;
    }
    return false;
  }

  /** @returns {Promise<{video: number, audioPackets: number, audioEnergy: number, sentAudioLevel: number}>} */
  async inboundStats() {
    const report = await this.pc.getStats();
    let video = 0;
    let audioPackets = 0;
    let audioEnergy = 0;
    let sentAudioLevel = 0;
    report.forEach((/** @type {any} */ s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') {
        video += s.framesDecoded || 0;
      } else if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        audioPackets += s.packetsReceived || 0;
        audioEnergy += s.totalAudioEnergy || 0;
      } else if (s.type === 'media-source' && s.kind === 'audio') {
        sentAudioLevel = Math.max(sentAudioLevel, s.audioLevel || 0);
      }
    });
    return { video, audioPackets, audioEnergy, sentAudioLevel };
  }

  close() {
    this.closed = true;
    this.media.trackListeners.delete(this.onLocalTrack);
    this.media.switchListeners.delete(this.onSwitch);
    this.chat.close();
    this.pc.close();
  }
}
