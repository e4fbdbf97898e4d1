// The guest's web client: invitation → pre-join (countdown, name, passcode, devices) → room → end screen.
// Entry module of /m/{id}/join; the other modules each own one concern.

import { ServerClock, fetchMeeting, joinAsGuest, passcodeFromFragment } from './api.js';
import { LocalMedia } from './media.js';
import { PreJoin } from './prejoin.js';
import { Room } from './room.js';
import { byId } from './room-view.js';
import { ENDINGS, endingForJoinError, endingForRefusal } from './endings.js';

/** @typedef {import('./endings.js').Ending} Ending */

const ROOM_CAPACITY = 8;

const app = byId('app');
const meetingId = String(app.dataset.meetingId);
const clock = new ServerClock();
const media = new LocalMedia();
/** @type {Room | null} */
let room = null;

/** @param {'loading' | 'prejoin' | 'room' | 'ended'} name */
function screen(name) {
  for (const id of ['loading', 'prejoin', 'room', 'ended']) {
    byId(id).hidden = id !== name;
  }
  document.body.dataset.screen = name;
}

/** @param {Ending} ending @param {string} [text] */
function end(ending, text) {
  prejoin.hide();
  media.close();
  byId('end-title').textContent = ENDINGS[ending].title;
  byId('end-text').textContent = text || ENDINGS[ending].text;
  app.dataset.ending = ending;
  screen('ended');
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  }
}

const prejoin = new PreJoin(media, clock, (name, passcode) => join(name, passcode));

/** @param {string} name @param {string} passcode */
async function join(name, passcode) {
  prejoin.busy(true);
  const result = await joinAsGuest(meetingId, name, passcode);
  prejoin.busy(false);
  if ('ticket' in result) {
    enter(result.ticket);
    return;
  }
  const { error } = result;
  const ending = endingForJoinError(error.code);
  if (ending) {
    end(ending, error.message);
  } else if (error.code === 'not_started' && error.until) {
    prejoin.countdownTo(Date.parse(error.until));
    prejoin.error(error.message);
  } else {
    prejoin.error(error.message || 'Joining did not work. Try again.');
    if (error.code === 'passcode_required' || error.code === 'wrong_passcode') {
      byId('passcode-row').hidden = false;
      /** @type {HTMLInputElement} */ (byId('passcode')).focus();
    }
  }
}

/** @param {import('./types.js').JoinTicket} ticket */
function enter(ticket) {
  prejoin.hide();
  const current = new Room(meetingId, ticket, media, clock, {
    ended: (ending) => end(ending),
    refused: async () => end(endingForRefusal(await fetchMeeting(meetingId), ROOM_CAPACITY)),
    resumeFailed: async () => {
      const found = await fetchMeeting(meetingId);
      if (found.status === 404 || (found.meeting && found.meeting.state !== 'LIVE')) {
        current.end(endingForRefusal(found, ROOM_CAPACITY));
      }
    },
    notice: (text) => {
      const notice = byId('notice');
      notice.hidden = !text;
      notice.textContent = text || '';
    },
    changed: () => showControls(),
    chatArrived: () => {
      if (byId('panel').hidden || byId('chat-pane').hidden) {
        byId('unread').hidden = false;
      }
    },
  });
  room = current;
  screen('room');
  current.start();
  showControls();
}

function showControls() {
  /** @param {string} id @param {boolean} on @param {string} label */
  const set = (id, on, label) => {
    const button = byId(id);
    button.classList.toggle('on', on);
    button.setAttribute('aria-pressed', String(on));
    const long = button.querySelector('.long');
    if (long) {
      long.textContent = label;
    }
  };
  set('mic', media.micOn, media.micOn ? 'Mute' : 'Unmute');
  set('camera', media.cameraOn, media.cameraOn ? 'Stop video' : 'Start video');
  set('hand', !!room?.handUp, room?.handUp ? 'Lower hand' : 'Raise hand');
  set('share', !!media.screen, media.screen ? 'Stop sharing' : 'Share screen');
  /** @type {HTMLButtonElement} */ (byId('mic')).disabled = !media.audio;
  /** @type {HTMLButtonElement} */ (byId('camera')).disabled = !media.camera;
  /** @type {HTMLButtonElement} */ (byId('share')).hidden = !navigator.mediaDevices
    || !('getDisplayMedia' in navigator.mediaDevices);
}

/** @param {'chat' | 'people' | null} pane */
function panel(pane) {
  byId('panel').hidden = pane === null;
  byId('room').classList.toggle('with-panel', pane !== null);
  if (pane) {
    byId('chat-pane').hidden = pane !== 'chat';
    byId('people-pane').hidden = pane !== 'people';
    byId('tab-chat').setAttribute('aria-pressed', String(pane === 'chat'));
    byId('tab-people').setAttribute('aria-pressed', String(pane === 'people'));
  }
  if (pane === 'chat') {
    byId('unread').hidden = true;
    byId('chat-text').focus();
  }
}

function wireRoomControls() {
  byId('mic').addEventListener('click', () => { room?.setMic(!media.micOn); showControls(); });
  byId('camera').addEventListener('click', () => { room?.setCamera(!media.cameraOn); showControls(); });
  byId('share').addEventListener('click', async () => { await room?.toggleScreen(); showControls(); });
  byId('hand').addEventListener('click', () => { room?.setHand(!room.handUp); showControls(); });
  byId('leave').addEventListener('click', () => room?.leave());
  byId('open-chat').addEventListener('click', () => panel(byId('panel').hidden || byId('chat-pane').hidden
    ? 'chat' : null));
  byId('open-people').addEventListener('click', () => panel(byId('panel').hidden || byId('people-pane').hidden
    ? 'people' : null));
  byId('tab-chat').addEventListener('click', () => panel('chat'));
  byId('tab-people').addEventListener('click', () => panel('people'));
  byId('panel-close').addEventListener('click', () => panel(null));
  byId('chat-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = /** @type {HTMLInputElement} */ (byId('chat-text'));
    const to = /** @type {HTMLSelectElement} */ (byId('chat-to')).value || null;
    const problem = room ? room.say(input.value, to) : 'Not in a meeting.';
    const error = byId('chat-error');
    error.hidden = !problem;
    error.textContent = problem || '';
    if (!problem) {
      input.value = '';
    }
  });
}

async function start() {
  wireRoomControls();
  await clock.sync().catch(() => {});
  const found = await fetchMeeting(meetingId);
  if (!found.meeting) {
    end(found.status === 404 ? 'no-meeting' : 'could-not-enter',
      found.status === 404 ? undefined : 'Meeting details are unavailable right now. Try again shortly.');
    return;
  }
  if (found.meeting.state === 'CANCELLED' || found.meeting.state === 'ENDED') {
    end(found.meeting.state === 'CANCELLED' ? 'cancelled' : 'ended',
      found.meeting.state === 'ENDED' ? 'This meeting has ended.' : undefined);
    return;
  }
  screen('prejoin');
  await prejoin.show(found.meeting, passcodeFromFragment(location.hash));
}

window.addEventListener('pagehide', () => {
  if (room && !room.over) {
    room.leave();
  }
});

/** Diagnostics for tests: what the page receives, and a way to break the connection like a network would. */
Object.assign(window, {
  comsDebug: {
    selfId: () => (room ? room.selfId : null),
    stats: () => (room ? room.stats() : Promise.resolve({})),
    dropSignaling: () => room?.signaling.dropForTest(),
    resumes: () => (room ? room.signaling.resumes : 0),
  },
});

start();
