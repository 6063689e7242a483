package org.cordon.server;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cordon.server.run.Run;
import org.cordon.server.run.RunManager;

/**
 * Server-sent events of runs: each client of {@code /api/runs/{id}/events} gets a {@code
 * progress} event (the run's status JSON) whenever it changed, checked five times a second, and
 * a last event named after the end ({@code done}, {@code failed} or {@code cancelled}), after
 * which the stream closes. One timer thread sends to every client, so the engine's threads never
 * wait on a slow browser.
 */
final class RunEvents implements AutoCloseable {
  private static final long TICK_MILLIS = 200;
  /** A quiet stream gets a comment this often, well within {@link JettySetup#IDLE_TIMEOUT_MILLIS}. */
  private static final long HEARTBEAT_NANOS = JettySetup.IDLE_TIMEOUT_MILLIS * 1_000_000 / 3;

  private final RunManager runs;
  private final List<Client> clients = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "cordon-sse");
    t.setDaemon(true);
    return t;
  });

  private static final class Client {
    final SseClient sse;
    final String id;
    String last = "";
    long lastSent = System.nanoTime();
    boolean closed;

    Client(SseClient sse, String id) {
      this.sse = sse;
      this.id = id;
    }
  }

  RunEvents(RunManager runs) {
    this.runs = runs;
    timer.scheduleWithFixedDelay(() -> clients.forEach(this::push), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  void attach(SseClient sse) {
    String id = sse.ctx().pathParam("id");
    if (runs.get(id).isEmpty()) { // evicted since the server's check (an unknown run is a 404 before this)
      sse.sendEvent("error", "{\"error\":\"no such run: " + id.replaceAll("[^0-9A-Za-z-]", "") + "\"}");
      sse.close();
      return;
    }
    sse.keepAlive();
    Client c = new Client(sse, id);
    sse.onClose(() -> {
      synchronized (c) {
        c.closed = true;
      }
      clients.remove(c);
    });
    clients.add(c);
    push(c);
  }

  private void push(Client c) {
    synchronized (c) {
      if (c.closed) {
        return;
      }
      Optional<Run> run = runs.get(c.id);
      if (run.isEmpty()) {
        end(c);
        return;
      }
      Run r = run.get();
      Run.Status status = r.status();
      String text = CordonServer.status(r).toString();
      try {
        if (!text.equals(c.last)) {
          c.sse.sendEvent("progress", text);
          c.last = text;
          c.lastSent = System.nanoTime();
        } else if (System.nanoTime() - c.lastSent > HEARTBEAT_NANOS) {
          c.sse.sendComment("waiting"); // keeps the connection within the server's idle timeout
          c.lastSent = System.nanoTime();
        }
        if (status.terminal()) {
          c.sse.sendEvent(status.name().toLowerCase(), text);
          end(c);
        }
      } catch (RuntimeException e) {
        end(c); // the browser went away
      }
    }
  }

  private void end(Client c) {
    c.closed = true;
    clients.remove(c);
    try {
      c.sse.close();
    } catch (RuntimeException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    clients.forEach(c -> {
      synchronized (c) {
        end(c);
      }
    });
  }
}
