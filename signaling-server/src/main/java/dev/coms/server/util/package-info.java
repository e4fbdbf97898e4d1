/** Small helpers any server package may use: named daemon threads and isolated change listeners. */
package dev.coms.server.util;
