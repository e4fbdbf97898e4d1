// Local media: camera and microphone (getUserMedia), device choice, the microphone meter, screen sharing.
// Toggles never renegotiate: the peers stop sending a switched-off kind (replaceTrack(null)) and put the track
// back when it is switched on; a device change replaces the track and the peers swap it in with replaceTrack.

/** @typedef {import('./types.js').TrackKind} TrackKind */

export class LocalMedia {
  constructor() {
    /** @type {MediaStreamTrack | null} */
    this.audio = null;
    /** @type {MediaStreamTrack | null} */
    this.camera = null;
    /** @type {MediaStreamTrack | null} */
    this.screen = null;
    this.micOn = true;
    this.cameraOn = true;
    /** @type {Set<(kind: TrackKind, track: MediaStreamTrack | null) => void>} */
    this.trackListeners = new Set();
    /** @type {Set<(kind: TrackKind) => void>} told when mic or camera is switched on or off */
    this.switchListeners = new Set();
    /** @type {AudioContext | null} */
    this.audioContext = null;
    /** @type {AnalyserNode | null} */
    this.analyser = null;
    /** @type {Float32Array<ArrayBuffer> | null} */
    this.samples = null;
    this.problem = '';
  }

  /**
   * Opens the camera and microphone (the chosen devices, or the defaults). A missing device leaves that kind off.
   * @param {string} [audioDevice] @param {string} [videoDevice]
   */
  async open(audioDevice, videoDevice) {
    this.problem = '';
    await this.openKind('audio', audioDevice);
    await this.openKind('camera', videoDevice);
  }

  /** @param {'audio' | 'camera'} kind @param {string} [device] */
  async openKind(kind, device) {
    const exact = device ? { deviceId: { exact: device } } : {};
    /** @type {MediaStreamConstraints} */
    const constraints = kind === 'audio'
      ? { audio: { ...exact, echoCancellation: true, noiseSuppression: true } }
      : { video: { ...exact, width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 24 } } };
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      const track = kind === 'audio' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
      this.replace(kind, track || null);
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      this.problem = name === 'NotAllowedError'
        ? 'The browser did not allow the camera or microphone. You can still join and chat.'
        : 'No ' + (kind === 'audio' ? 'microphone' : 'camera') + ' could be opened.';
      if (!this[kind === 'audio' ? 'audio' : 'camera']) {
        if (kind === 'audio') {
          this.micOn = false;
        } else {
          this.cameraOn = false;
        }
      }
    }
  }

  /** @param {TrackKind} kind @param {MediaStreamTrack | null} track */
  replace(kind, track) {
    const old = this[kind];
    if (old && old !== track) {
      old.stop();
    }
    this[kind] = track;
    if (track && kind === 'audio') {
      track.enabled = this.micOn;
      this.meter(track);
    }
    if (track && kind === 'camera') {
      track.enabled = this.cameraOn;
    }
    this.trackListeners.forEach((listener) => listener(kind, track));
  }

  /** @param {TrackKind} kind @returns {boolean} whether that kind is switched on (a screen is on while shared) */
  isOn(kind) {
    return kind === 'audio' ? this.micOn : kind === 'camera' ? this.cameraOn : !!this.screen;
  }

  /** @param {boolean} on */
  setMic(on) {
    this.micOn = on && !!this.audio;
    if (this.audio) {
      this.audio.enabled = this.micOn;
    }
    this.switchListeners.forEach((listener) => listener('audio'));
  }

  /** @param {boolean} on */
  setCamera(on) {
    this.cameraOn = on && !!this.camera;
    if (this.camera) {
      this.camera.enabled = this.cameraOn;
    }
    this.switchListeners.forEach((listener) => listener('camera'));
  }

  /** @returns {Promise<{audio: MediaDeviceInfo[], video: MediaDeviceInfo[]}>} */
  async devices() {
    const all = navigator.mediaDevices && navigator.mediaDevices.enumerateDevices
      ? await navigator.mediaDevices.enumerateDevices() : [];
    return {
      audio: all.filter((d) => d.kind === 'audioinput'),
      video: all.filter((d) => d.kind === 'videoinput'),
    };
  }

  /** Starts sharing the screen; resolves false when the user declined. @param {() => void} onEnded */
  async startScreen(onEnded) {
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 15 } }, audio: false });
      const track = stream.getVideoTracks()[0];
      if (!track) {
        return false;
      }
      track.addEventListener('ended', () => onEnded());
      this.replace('screen', track);
      return true;
    } catch (e) {
      return false;
    }
  }

  stopScreen() {
    this.replace('screen', null);
  }

  /** The microphone's current level, 0–1 (RMS of the last samples, scaled), 0 while muted. */
  level() {
    if (!this.analyser || !this.samples || !this.micOn) {
      return 0;
    }
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) {
      sum += sample * sample;
    }
    return Math.min(1, Math.sqrt(sum / this.samples.length) * 4);
  }

  /** @param {MediaStreamTrack} track */
  meter(track) {
    try {
      if (!this.audioContext) {
        this.audioContext = new AudioContext();
      }
      const source = this.audioContext.createMediaStreamSource(new MediaStream([track]));
      this.analyser = this.audioContext.createAnalyser();
      this.analyser.fftSize = 1024;
      this.samples = new Float32Array(this.analyser.fftSize);
      source.connect(this.analyser);
      if (this.audioContext.state === 'suspended') {
        this.audioContext.resume().catch(() => {});
      }
    } catch (e) {
      this.analyser = null;
    }
  }

  close() {
    for (const kind of /** @type {TrackKind[]} */ (['audio', 'camera', 'screen'])) {
      const track = this[kind];
      if (track) {
        track.stop();
      }
      this[kind] = null;
    }
    if (this.audioContext) {
      this.audioContext.close().catch(() => {});
      this.audioContext = null;
    }
  }
}
