package org.atrium.stream;

/** A connected client as the live hub sees it: where events go. */
public interface LiveListener {

  /** Sends an event; false when the client has gone. */
  boolean send(LiveEvent event);

  /** Keeps an idle connection open; false when the client has gone. */
  boolean heartbeat();
}
