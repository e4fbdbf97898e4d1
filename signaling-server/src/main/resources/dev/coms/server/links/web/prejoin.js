// The pre-join screen: meeting title and start, countdown on the server's clock, camera preview, microphone
// meter, device choice, mic/camera on/off, guest name and passcode (prefilled from the link's #p= fragment).

import { byId, el } from './room-view.js';

/** @typedef {import('./types.js').MeetingView} MeetingView */
/** @typedef {import('./media.js').LocalMedia} LocalMedia */
/** @typedef {import('./api.js').ServerClock} ServerClock */

const NAME_KEY = 'coms.guestName';

/** @param {number} ms @returns {string} e.g. "1 d 02:03:04" or "02:03" */
export function countdownText(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const clock = (hours || days ? pad(hours) + ':' : '') + pad(Math.floor((total % 3600) / 60)) + ':' + pad(total % 60);
  return days ? days + ' d ' + clock : clock;
}

/**
 * The invitation to pass on: a sentence and the meeting's link (with the passcode only when this page's own
 * fragment carried it).
 * @param {string} title @param {string} invitationUrl absolute @param {string} passcode '' when unknown
 * @returns {{text: string, url: string}}
 */
export function invitation(title, invitationUrl, passcode) {
  const url = passcode ? invitationUrl + '#p=' + encodeURIComponent(passcode) : invitationUrl;
  return { text: 'Join the Coms meeting "' + (title || 'Coms meeting') + '"', url };
}

/** The SMS fallback for phones without the Web Share API. @param {{text: string, url: string}} shared */
export function smsHref(shared) {
  return 'sms:?body=' + encodeURIComponent(shared.text + ': ' + shared.url);
}

/** Offers the invitation through the Web Share API when the browser has it, else as an `sms:` link. */
function wireShare(/** @type {string} */ title, /** @type {string} */ passcode) {
  const link = /** @type {HTMLAnchorElement} */ (byId('pj-share'));
  const path = byId('app').dataset.invitation || '/';
  const shared = invitation(title, new URL(path, location.href).href, passcode);
  link.href = smsHref(shared);
  link.onclick = (e) => {
    if (typeof navigator.share === 'function') {
      e.preventDefault();
      navigator.share({ title: shared.text, text: shared.text, url: shared.url }).catch(() => {});
    }
  };
}

export class PreJoin {
  /** @param {LocalMedia} media @param {ServerClock} clock @param {(name: string, passcode: string) => void} submit */
  constructor(media, clock, submit) {
    this.media = media;
    this.clock = clock;
    this.startsAt = 0;
    /** @type {number | undefined} */
    this.timer = undefined;
    /** @type {number | undefined} */
    this.meterTimer = undefined;
    this.name = /** @type {HTMLInputElement} */ (byId('name'));
    this.passcode = /** @type {HTMLInputElement} */ (byId('passcode'));
    this.join = /** @type {HTMLButtonElement} */ (byId('join'));
    this.preview = /** @type {HTMLVideoElement} */ (byId('preview'));
    this.micSelect = /** @type {HTMLSelectElement} */ (byId('mic-device'));
    this.camSelect = /** @type {HTMLSelectElement} */ (byId('cam-device'));
    try {
      this.name.value = localStorage.getItem(NAME_KEY) || '';
    } catch (e) {
      // no storage
    }
    byId('join-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const name = this.name.value.trim();
      if (!name) {
        this.error('Enter your name, as the others will see it.');
        this.name.focus();
        return;
      }
      try {
        localStorage.setItem(NAME_KEY, name);
      } catch (err) {
        // no storage
      }
      this.error(null);
      submit(name, this.passcode.value.trim());
    });
    byId('pj-mic').addEventListener('click', () => { this.media.setMic(!this.media.micOn); this.showToggles(); });
    byId('pj-cam').addEventListener('click', () => { this.media.setCamera(!this.media.cameraOn); this.showToggles(); });
    this.micSelect.addEventListener('change', () => this.choose('audio', this.micSelect.value));
    this.camSelect.addEventListener('change', () => this.choose('camera', this.camSelect.value));
  }

  /** @param {MeetingView} meeting @param {string} passcode */
  async show(meeting, passcode) {
    byId('pj-title').textContent = meeting.title || 'Coms meeting';
    document.title = (meeting.title || 'Coms meeting') + ' · Coms';
    wireShare(meeting.title, passcode);
    const starts = new Date(meeting.startsAt);
    byId('pj-when').textContent = Number.isNaN(starts.getTime()) ? ''
      : 'Host: ' + meeting.hostName + ' · ' + starts.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const row = byId('passcode-row');
    row.hidden = meeting.mode !== 'PRIVATE';
    this.passcode.value = passcode;
    this.countdownTo(meeting.state === 'SCHEDULED' ? starts.getTime() : 0);
    this.join.disabled = true;
    await this.media.open();
    this.preview.srcObject = this.media.camera ? new MediaStream([this.media.camera]) : null;
    const problem = byId('media-problem');
    problem.hidden = !this.media.problem;
    problem.textContent = this.media.problem;
    this.showToggles();
    await this.listDevices();
    this.join.disabled = false;
    this.meterTimer = window.setInterval(() => {
      byId('meter-bar').style.width = Math.round(this.media.level() * 100) + '%';
    }, 100);
  }

  /** Hides Join until the server's clock reaches `startsAt` (0: now). @param {number} startsAt */
  countdownTo(startsAt) {
    this.startsAt = startsAt;
    clearInterval(this.timer);
    const tick = () => {
      const left = this.startsAt - this.clock.now();
      const waiting = left > 0;
      const countdown = byId('countdown');
      countdown.hidden = !waiting;
      countdown.textContent = waiting ? 'Starts in ' + countdownText(left) : '';
      this.join.hidden = waiting;
      if (!waiting) {
        clearInterval(this.timer);
      }
    };
    tick();
    this.timer = window.setInterval(tick, 250);
  }

  /** @param {string | null} text */
  error(text) {
    const error = byId('join-error');
    error.hidden = !text;
    error.textContent = text || '';
  }

  /** @param {boolean} busy */
  busy(busy) {
    this.join.disabled = busy;
    this.join.textContent = busy ? 'Joining…' : 'Join now';
  }

  showToggles() {
    const mic = byId('pj-mic');
    const cam = byId('pj-cam');
    mic.textContent = this.media.micOn ? 'Mic on' : 'Mic off';
    cam.textContent = this.media.cameraOn ? 'Camera on' : 'Camera off';
    mic.classList.toggle('on', this.media.micOn);
    cam.classList.toggle('on', this.media.cameraOn);
    mic.setAttribute('aria-pressed', String(this.media.micOn));
    cam.setAttribute('aria-pressed', String(this.media.cameraOn));
    byId('preview-off').hidden = this.media.cameraOn;
  }

  async listDevices() {
    const { audio, video } = await this.media.devices();
    /** @param {HTMLSelectElement} select @param {MediaDeviceInfo[]} list @param {MediaStreamTrack | null} track */
    const fill = (select, list, track) => {
      const current = track ? track.getSettings().deviceId : '';
      select.replaceChildren(...list.map((d, i) => {
        const option = el('option', undefined, d.label || 'Device ' + (i + 1));
        option.value = d.deviceId;
        return option;
      }));
      if (current) {
        select.value = current;
      }
      select.disabled = list.length === 0;
    };
    fill(this.micSelect, audio, this.media.audio);
    fill(this.camSelect, video, this.media.camera);
  }

  /** @param {'audio' | 'camera'} kind @param {string} deviceId */
  async choose(kind, deviceId) {
    await this.media.openKind(kind, deviceId);
    if (kind === 'camera') {
      this.preview.srcObject = this.media.camera ? new MediaStream([this.media.camera]) : null;
    }
  }

  hide() {
    clearInterval(this.timer);
    clearInterval(this.meterTimer);
  }
}
