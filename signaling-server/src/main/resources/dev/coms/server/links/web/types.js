// Shared JSDoc types of the web client: the wire shapes of docs/protocol.md that this client reads.
// No code here; the other modules import these types with `import('./types.js')`.

/**
 * @typedef {{id: string, mode: 'PRIVATE' | 'OPEN', title: string, topic?: string | null, hostName: string,
 *   startsAt: string, hostZone: string, state: 'SCHEDULED' | 'LIVE' | 'ENDED' | 'CANCELLED',
 *   participants: number, link: string, appLink: string}} MeetingView
 * @typedef {{code: string, message: string, until?: string | null}} ApiError
 * @typedef {{meetingId: string, ticket: string, expiresAt: string, signalingUrl: string}} JoinTicket
 * @typedef {{id: string, displayName: string, host: boolean, micOn: boolean, cameraOn: boolean,
 *   screenSharing: boolean}} Participant
 * @typedef {{urls: string[], username?: string | null, credential?: string | null}} IceServer
 * @typedef {{type: string, [key: string]: any}} Signal
 * @typedef {{id: string, from: string, senderName: string, to: string | null, text: string,
 *   sentAt: string}} ChatMessage
 * @typedef {'audio' | 'camera' | 'screen'} TrackKind
 */

export {};
