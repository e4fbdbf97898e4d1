// The invitation page: shows the meeting and offers two ways in, the installed Coms app (its link carries the
// passcode from the fragment) or the browser (the web client at ./join, with the same fragment). It no longer
// opens the app by itself: with a browser way in, a visitor without the app would only get the OS's dialog.
// Everything from the server or the link is written with textContent, never as HTML.
(function () {
  'use strict';

  /** The passcode from a "#p=..." fragment, or null. */
  function passcodeFrom(hash) {
    var params = new URLSearchParams((hash || '').replace(/^#/, ''));
    var passcode = params.get('p');
    return passcode && passcode.trim() ? passcode.trim() : null;
  }

  /** The app link (built by the server, without passcode) with the passcode from the fragment appended. */
  function appLinkFor(baseAppLink, hash) {
    if (!/^coms:\/\/meeting\//.test(baseAppLink)) {
      throw new Error('not a Coms app link');
    }
    var passcode = passcodeFrom(hash);
    return passcode ? baseAppLink + '&p=' + encodeURIComponent(passcode) : baseAppLink;
  }

  /** One sentence for a meeting's state and start. */
  function describe(meeting, now, format) {
    var starts = meeting.startsAt ? new Date(meeting.startsAt) : null;
    switch (meeting.state) {
      case 'LIVE': return 'In progress now.';
      case 'ENDED': return 'This meeting has ended.';
      case 'CANCELLED': return 'The host cancelled this meeting.';
      default:
        return starts && starts > now ? 'Starts ' + format(starts) + '.' : 'Starting soon.';
    }
  }

  function formatLocal(date) {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return date.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' }) + (zone ? ' (' + zone + ')' : '');
  }

  function run() {
    var main = document.getElementById('meeting');
    var appLink = appLinkFor(main.dataset.appLink, window.location.hash);
    var status = document.getElementById('status');
    document.getElementById('open-app').href = appLink;
    var joinWeb = document.getElementById('join-web');
    if (joinWeb && passcodeFrom(window.location.hash)) {
      joinWeb.href = joinWeb.getAttribute('href') + '#p=' + encodeURIComponent(passcodeFrom(window.location.hash));
    }

    fetch(main.dataset.api, { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .then(function (res) {
        if (res.status === 404) { throw new Error('missing'); }
        if (!res.ok) { throw new Error('unavailable'); }
        return res.json();
      })
      .then(function (meeting) {
        document.getElementById('title').textContent = meeting.title || 'Coms meeting';
        document.title = (meeting.title || 'Coms meeting') + ' · Coms';
        if (meeting.startsAt) {
          document.getElementById('when').textContent = formatLocal(new Date(meeting.startsAt));
        }
        status.textContent = describe(meeting, new Date(), formatLocal);
        if (meeting.state === 'ENDED' || meeting.state === 'CANCELLED') {
          document.getElementById('join-web').hidden = true;
        }
      })
      .catch(function (error) {
        if (error.message === 'missing') {
          status.textContent = 'This meeting does not exist. Check the link in your invitation.';
        } else {
          status.textContent = 'Meeting details are unavailable right now; you can still open it in Coms.';
        }
      });
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { passcodeFrom: passcodeFrom, appLinkFor: appLinkFor, describe: describe };
  } else {
    run();
  }
})();
