package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A STUN or TURN server for peer connections; TURN entries carry time-limited credentials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(urls);
    }
}
