package org.atrium.stream.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.atomic.AtomicReference;
import org.atrium.platform.Json;
import org.atrium.platform.auth.Caller;
import org.atrium.stream.LiveEvent;
import org.atrium.stream.LiveHub;
import org.atrium.stream.LiveListener;
import org.atrium.stream.Notification;
import org.atrium.stream.Status;

/**
 * The user stream as Server-Sent Events: {@code update} (a status for the home timeline), {@code
 * notification}, {@code delete} (a status id). Resumes after {@code Last-Event-ID}. Signs in by
 * header or session cookie, never by a token in the URL.
 */
@Path("/api/v1/streaming/user")
@Tag(name = "microblog")
public final class StreamingResource {

  @Inject private Provider<Caller> caller;
  @Inject private LiveHub hub;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Live events for the signed-in person (text/event-stream)")
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @HeaderParam("Last-Event-ID") String lastEventId) {
    SseListener listener = new SseListener(sink, sse);
    listener.heartbeat();
    hub.subscribe(caller.get(), listener, parse(lastEventId));
  }

  private static Long parse(String lastEventId) {
    try {
      return lastEventId == null || lastEventId.isBlank()
          ? null
          : Long.parseLong(lastEventId.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Writes live events to one client's event stream, as JSON in the wire shapes of the API. */
  private static final class SseListener implements LiveListener {
    private final SseEventSink sink;
    private final Sse sse;

    SseListener(SseEventSink sink, Sse sse) {
      this.sink = sink;
      this.sse = sse;
    }

    @Override
    public boolean send(LiveEvent event) {
      return write(
          sse.newEventBuilder()
              .id(Long.toString(event.id()))
              .name(event.name())
              .data(String.class, json(event.payload()))
              .build());
    }

    @Override
    public boolean heartbeat() {
      return write(sse.newEventBuilder().comment("heartbeat").build());
    }

    private boolean write(OutboundSseEvent event) {
      if (sink.isClosed()) {
        return false;
      }
      sink.send(event)
          .exceptionally(
              failure -> {
                sink.close();
                return null;
              });
      return true;
    }

    /**
     * The last payload written and its JSON: the live hub sends the same status to every client an
     * event reaches, one after the other, so it is serialised once rather than once per client.
     */
    private static final AtomicReference<Rendered> LAST = new AtomicReference<>();

    private record Rendered(Object payload, String json) {}

    private static String json(Object payload) {
      Rendered last = LAST.get();
      if (last != null && last.payload() == payload) {
        return last.json();
      }
      String json = serialise(payload);
      LAST.set(new Rendered(payload, json));
      return json;
    }

    private static String serialise(Object payload) {
      Object wire =
          switch (payload) {
            case Status status -> StatusJson.of(status);
            case Notification notification -> StatusJson.NotificationJson.of(notification);
            default -> payload.toString();
          };
      try {
        return wire instanceof String id ? id : Json.mapper().writeValueAsString(wire);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("live payloads are plain records", e);
      }
    }
  }
}
