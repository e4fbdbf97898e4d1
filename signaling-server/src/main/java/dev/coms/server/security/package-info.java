/**
 * Secrets and abuse limits shared by the accounts, the meetings, the invitations and the rooms: random tokens and
 * their stored hashes, slow hashes of passwords and passcodes, failure counting with lockouts. Depends on no other
 * server package.
 */
package dev.coms.server.security;
