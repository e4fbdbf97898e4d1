// REST calls of a guest (same origin, no credentials) and the server clock.

/** @typedef {import('./types.js').MeetingView} MeetingView */
/** @typedef {import('./types.js').ApiError} ApiError */
/** @typedef {import('./types.js').JoinTicket} JoinTicket */

const DEVICE_KEY = 'coms.deviceId';

/** The server's clock as seen from here: `now()` corrects the local clock by the offset measured once. */
export class ServerClock {
  constructor() {
    /** @type {number} milliseconds to add to Date.now() */
    this.offset = 0;
  }

  /** Measures the offset as serverTime - (sentAt + receivedAt) / 2 from `GET /api/time`. */
  async sync() {
    const sentAt = Date.now();
    const res = await fetch('/api/time', { credentials: 'omit', cache: 'no-store' });
    const receivedAt = Date.now();
    const header = Number(res.headers.get('X-Server-Time'));
    let server = Number.isFinite(header) && header > 0 ? header : NaN;
    if (Number.isNaN(server) && res.ok) {
      server = Date.parse((await res.json()).serverTime);
    }
    if (!Number.isNaN(server)) {
      this.offset = server - (sentAt + receivedAt) / 2;
    }
  }

  /** @returns {number} the server's time now, epoch milliseconds */
  now() {
    return Date.now() + this.offset;
  }
}

/**
 * @param {string} meetingId
 * @returns {Promise<{meeting: MeetingView | null, status: number}>} status 0 when the server is unreachable
 */
export async function fetchMeeting(meetingId) {
  try {
    const res = await fetch('/api/meetings/' + encodeURIComponent(meetingId),
      { headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
    return { meeting: res.ok ? await res.json() : null, status: res.status };
  } catch (e) {
    return { meeting: null, status: 0 };
  }
}

/**
 * Asks for a join ticket as a guest.
 * @param {string} meetingId
 * @param {string} displayName
 * @param {string | null} passcode
 * @returns {Promise<{ticket: JoinTicket} | {error: ApiError, status: number}>}
 */
export async function joinAsGuest(meetingId, displayName, passcode) {
  const body = { passcode: passcode || null, guest: { displayName, deviceId: deviceId() } };
  try {
    const res = await fetch('/api/meetings/' + encodeURIComponent(meetingId) + '/join', {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.ok && json && typeof json.ticket === 'string') {
      return { ticket: json };
    }
    const error = json && typeof json.code === 'string' ? json
      : { code: 'unavailable', message: 'The server did not answer as expected. Try again.' };
    return { error, status: res.status };
  } catch (e) {
    return { error: { code: 'unavailable', message: 'The server cannot be reached. Check your connection.' },
      status: 0 };
  }
}

/** This browser's guest device id: generated once, then kept in localStorage. */
export function deviceId() {
  let id = null;
  try {
    id = localStorage.getItem(DEVICE_KEY);
  } catch (e) {
    // storage disabled: a fresh id per page load
  }
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    id = 'web-' + crypto.randomUUID();
    try {
      localStorage.setItem(DEVICE_KEY, id);
    } catch (e) {
      // ignored, see above
    }
  }
  return id;
}

/** @param {string} hash the link's fragment, e.g. "#p=ABCD-EFGH-JKMN" @returns {string} */
export function passcodeFromFragment(hash) {
  const value = new URLSearchParams((hash || '').replace(/^#/, '')).get('p');
  return value ? value.trim() : '';
}
