// The end screens: one title and one sentence for every way a visit can end or be refused (docs/protocol.md).

/** @typedef {'ended' | 'host-timed-out' | 'cancelled' | 'removed' | 'full' | 'not-started' | 'no-meeting'
 *   | 'could-not-enter' | 'left' | 'replaced' | 'lost' | 'server-restart' | 'locked' | 'denied'} Ending */

/** @type {Record<Ending, {title: string, text: string}>} */
export const ENDINGS = {
  'ended': { title: 'The meeting has ended', text: 'The host left; the meeting has ended.' },
  'host-timed-out': { title: 'The meeting has ended',
    text: 'The host lost their connection and did not come back in time.' },
  'cancelled': { title: 'The meeting was cancelled', text: 'The host cancelled this meeting.' },
  'removed': { title: 'You were removed', text: 'The host removed you from the meeting.' },
  'full': { title: 'The meeting is full', text: 'The room already holds as many people as it can. Try again later.' },
  'not-started': { title: 'Not started yet', text: 'This meeting has not started yet.' },
  'no-meeting': { title: 'No such meeting', text: 'This meeting does not exist. Check the link in your invitation.' },
  'could-not-enter': { title: 'Could not enter', text: 'The meeting could not be entered. Try joining again.' },
  'left': { title: 'You left the meeting', text: 'Thanks for joining.' },
  'replaced': { title: 'Joined elsewhere', text: 'You joined this meeting from another window or device.' },
  'lost': { title: 'Connection lost', text: 'The connection to the meeting was lost and could not be resumed.' },
  'server-restart': { title: 'The server is restarting', text: 'The meeting server is restarting; join again shortly.' },
  'locked': { title: 'The meeting is locked', text: 'The host has locked this meeting; no one new can join.' },
  'denied': { title: 'Not admitted', text: 'The host did not let you into the meeting.' },
};

/** @param {string | undefined} code the code of a `refused` message @returns {Ending} */
export function endingForRefusedCode(code) {
  switch (code) {
    case 'meeting_locked': return 'locked';
    case 'denied': return 'denied';
    case 'expelled': return 'removed';
    case 'meeting_full': return 'full';
    case 'meeting_ended': return 'ended';
    default: return 'could-not-enter';
  }
}

/** @param {string | undefined} reason a `meeting-ended` reason @returns {Ending} */
export function endingForReason(reason) {
  switch (reason) {
    case 'HOST_TIMED_OUT': return 'host-timed-out';
    case 'CANCELLED': return 'cancelled';
    default: return 'ended';
  }
}

/**
 * Why a room refused us, guessed from the meeting as the REST API shows it (a browser sees only 1006).
 * @param {{meeting: import('./types.js').MeetingView | null, status: number}} found
 * @param {number} capacity @returns {Ending}
 */
export function endingForRefusal(found, capacity) {
  if (found.status === 404) {
    return 'no-meeting';
  }
  const meeting = found.meeting;
  if (!meeting) {
    return 'could-not-enter';
  }
  switch (meeting.state) {
    case 'CANCELLED': return 'cancelled';
    case 'ENDED': return 'ended';
    case 'SCHEDULED': return 'not-started';
    // One seat is kept for the host: guests fill at most capacity - 1.
    default: return meeting.participants >= capacity - 1 ? 'full' : 'could-not-enter';
  }
}

/** @param {string} code a join error code @returns {Ending | null} null when the form can fix it */
export function endingForJoinError(code) {
  switch (code) {
    case 'not_found': return 'no-meeting';
    case 'meeting_cancelled': return 'cancelled';
    case 'meeting_ended': return 'ended';
    case 'banned': return 'removed';
    case 'meeting_locked': return 'locked';
    default: return null;
  }
}
