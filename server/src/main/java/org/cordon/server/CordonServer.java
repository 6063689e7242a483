package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.server.plan.Plan;
import org.cordon.server.plan.PlanCheck;
import org.cordon.server.plan.PlanProblem;
import org.cordon.server.plan.PlanScenario;
import org.cordon.server.run.Run;
import org.cordon.server.run.RunManager;
import org.cordon.server.run.RunResults;
import org.cordon.server.store.RunStore;
import org.cordon.server.store.SqlRunStore;
import org.cordon.server.store.StoreException;

/**
 * The what-if page and its JSON API on an embedded Javalin (Jetty) server:
 *
 * <ul>
 *   <li>{@code GET /api/scenario}: the baseline plan, its timeline, the fields and the limits;
 *   <li>{@code POST /api/runs}: a plan (JSON); 202 with the run's id, 400 {@code {"error": ...,
 *       "field": ..., "detail": ...}} naming the plan field in the planner's words ({@link
 *       PlanProblem}; only {@code error} for a body that is not JSON or has a key twice), 413 for a
 *       body over the limit, 429 when the queue or the client's cap is full;
 *   <li>{@code GET /api/runs}: every live and kept run, newest first, each with its plan's line;
 *   <li>{@code GET /api/runs/{id}}: status and progress, live or kept; {@code DELETE /api/runs/{id}}
 *       cancels a queued or running run and removes an ended one from memory and the store;
 *   <li>{@code GET /api/runs/{id}/events}: the same as server-sent events until the run ends;
 *   <li>{@code GET /api/runs/{id}/summary.json}, {@code daily.csv}, {@code report.html} (as
 *       {@code cordon compare --out} writes them), {@code scenario.yaml} (the file the run is
 *       {@code compare} of) and {@code charts.json} (the page's chart data).
 * </ul>
 *
 * Every run is kept in a {@link RunStore} when it ends, so a restart on the same store lists and
 * reopens it with the same outputs. The page itself (HTML, CSS, JS) comes from the jar; it loads
 * nothing from elsewhere.
 *
 * Every request first passes the {@link AccessGuard} (Host, Origin, token, method, Content-Type); the
 * connector has read timeouts and a connection cap ({@link JettySetup}); every error, Jetty's own
 * included, is one JSON line {@code {"error": "..."}} ({@link ApiError}, {@link JsonErrorHandler}),
 * a plan's 400 with {@code field} and {@code detail} besides. See {@code
 * docs/error-contract-and-limits.md}.
 */
public final class CordonServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlanScenario scenario;
  private final ServerOptions options;
  private final RunManager runs;
  private final RunStore store;
  private final RunEvents events;
  private final Javalin app;
  private final JsonBody bodies;

  private CordonServer(PlanScenario scenario, ServerOptions options, RunStore store) {
    this.scenario = scenario;
    this.options = options;
    this.store = store;
    this.runs = new RunManager(scenario, options.maxConcurrent(), options.maxQueued(), options.threadsPerRun(), 20,
        this::keep).maxPerClient(options.maxQueuedPerClient());
    this.events = new RunEvents(runs);
    AccessGuard guard = new AccessGuard(options, this::port);
    this.bodies = new JsonBody(options.maxBodyBytes());
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      JettySetup.apply(config, options);
      config.routes.before(guard::check);
      config.routes.before("/api/runs/{id}/events", ctx -> run(ctx)); // an unknown run's stream is a 404
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/cordon-web";
        s.location = Location.CLASSPATH;
      });
      config.routes.get("/api/scenario", this::scenario);
      config.routes.post("/api/runs", this::submit);
      config.routes.get("/api/runs", ctx -> json(ctx, RunsApi.list(runs, store)));
      config.routes.get("/api/runs/{id}", ctx -> json(ctx, RunsApi.status(runs, store, ctx.pathParam("id"))));
      config.routes.delete("/api/runs/{id}", this::cancel);
      config.routes.sse("/api/runs/{id}/events", events::attach);
      config.routes.get("/api/runs/{id}/summary.json", ctx -> ctx.contentType("application/json")
          .result(RunsApi.output(runs, store, ctx.pathParam("id"), "summary.json")));
      config.routes.get("/api/runs/{id}/daily.csv", ctx -> download(ctx, "daily.csv", "text/csv; charset=utf-8")
          .result(RunsApi.output(runs, store, ctx.pathParam("id"), "daily.csv")));
      config.routes.get("/api/runs/{id}/report.html",
          ctx -> ctx.contentType("text/html; charset=utf-8").result(results(ctx).reportHtml()));
      config.routes.get("/api/runs/{id}/charts.json", ctx -> ctx.contentType("application/json")
          .result(RunsApi.output(runs, store, ctx.pathParam("id"), "charts.json")));
      config.routes.get("/api/runs/{id}/scenario.yaml", ctx -> download(ctx, "scenario.yaml",
          "application/yaml; charset=utf-8").result(RunsApi.output(runs, store, ctx.pathParam("id"), "scenario.yaml")));
      config.routes.exception(InvalidInputException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
      config.routes.exception(PlanProblem.class, (e, ctx) -> {
        ctx.status(HttpStatus.BAD_REQUEST);
        ObjectNode o = JSON.createObjectNode().put("error", e.getMessage()).put("field", e.field());
        e.detail().ifPresent(d -> o.put("detail", d));
        json(ctx, o);
      });
      config.routes.exception(StoreException.class,
          (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the run store failed: " + e.getMessage()));
      config.routes.exception(RunManager.QueueFullException.class,
          (e, ctx) -> error(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
      config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
      config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
          e.getStatus() == 413 ? "the request body is larger than " + options.maxBodyBytes() + " bytes"
              : ApiError.messageFor(e.getStatus())));
      config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, ApiError.messageFor(500)));
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "no such page: " + ctx.method() + " " + InvalidInputException.echo(ctx.path()));
        }
      });
    });
  }

  /**
   * Starts a server.
   *
   * @param scenario the scenario plans are made on
   * @param options where to listen and the limits
   * @return the running server
   * @throws InvalidInputException if an option is out of range
   * @throws InvalidInputException naming {@code --host/--port} if the address cannot be bound
   */
  public static CordonServer start(PlanScenario scenario, ServerOptions options) {
    return start(scenario, options, SqlRunStore.open("jdbc:sqlite::memory:", "--db-url"));
  }

  /**
   * Starts a server that keeps every run in a store.
   *
   * @param scenario the scenario plans are made on
   * @param options where to listen and the limits
   * @param store where ended runs are kept (closed with the server)
   * @return the running server
   * @throws InvalidInputException if an option is out of range
   * @throws IllegalStateException if the port cannot be bound
   */
  public static CordonServer start(PlanScenario scenario, ServerOptions options, RunStore store) {
    CordonServer s = new CordonServer(scenario, options, store);
    try {
      s.app.start();
    } catch (RuntimeException e) {
      s.close();
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof java.net.BindException)) {
        cause = cause.getCause();
      }
      String why = cause instanceof java.net.BindException && cause.getMessage() != null
          ? cause.getMessage().toLowerCase(java.util.Locale.ROOT) : "the address is not this machine's or the port is taken";
      throw InvalidInputException.argument("--host/--port", "cannot listen on " + options.host() + ":" + options.port()
          + ": " + why);
    }
    return s;
  }

  /** @return the port the server listens on */
  public int port() {
    return app.port();
  }

  /** @return the page's address (without the token) */
  public String address() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port() + "/";
  }

  /**
   * @return the address to open: with the access token after {@code #token=} when the server has
   *     one (the page keeps it and takes it out of the address bar)
   */
  public String pageAddress() {
    return address() + options.token().map(t -> "#token=" + t).orElse("");
  }

  /** @return the runs */
  public RunManager runs() {
    return runs;
  }

  /** Stops the server, cancels every run (each kept as cancelled) and closes the store. */
  @Override
  public void close() {
    events.close();
    runs.close();
    app.stop();
    store.close();
  }

  /** Keeps an ended run; a store that fails is reported, the run stays in memory. */
  private void keep(Run run) {
    try {
      store.save(RunJson.stored(run));
    } catch (StoreException e) {
      org.slf4j.LoggerFactory.getLogger(CordonServer.class).error("cordon: {}", e.getMessage());
    }
  }

  private void scenario(Context ctx) {
    json(ctx, ScenarioJson.of(scenario, options));
  }

  private void submit(Context ctx) {
    JsonNode body = bodies.read(ctx, "plan");
    PlanCheck.fields(body, scenario.baselineTimeline().firstDay(), scenario.baselineTimeline().lastDay(),
        options.limits());
    Plan plan;
    Run run;
    try {
      plan = Plan.fromJson(body, scenario.baseline(), options.limits());
      PlanCheck.order(plan);
      run = runs.submit(plan, ctx.req().getRemoteAddr());
    } catch (InvalidInputException e) {
      throw PlanProblem.of(e);
    }
    ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/runs/" + run.id());
    json(ctx, status(run));
  }

  /** Cancels a queued or running run (its status); removes an ended one from memory and the store. */
  private void cancel(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<Run> live = runs.get(id);
    if (live.isPresent() && !live.get().status().terminal()) {
      json(ctx, status(runs.cancel(id).get()));
      return;
    }
    boolean removed = runs.forget(id) | store.delete(id);
    if (!removed) {
      throw new NotFound(id);
    }
    json(ctx, JSON.createObjectNode().put("id", id).put("status", "deleted"));
  }

  private Run run(Context ctx) {
    return runs.get(ctx.pathParam("id")).orElseThrow(() -> new NotFound(ctx.pathParam("id")));
  }

  private RunResults results(Context ctx) {
    Run r = run(ctx);
    Optional<RunResults> res = r.results();
    if (res.isEmpty()) {
      throw new NotFound(r.id() + " has no results (status " + r.status().name().toLowerCase() + ")");
    }
    return res.get();
  }

  /**
   * @param run a run
   * @return its status as JSON ({@link RunJson#of(Run)})
   */
  static ObjectNode status(Run run) {
    return RunJson.of(run);
  }

  private static Context download(Context ctx, String name, String type) {
    return ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static void json(Context ctx, JsonNode node) {
    try {
      ctx.contentType("application/json").result(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    error(ctx, status.getCode(), message);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    ctx.contentType("application/json").result(ApiError.json(message));
  }

  /** An unknown run, or a run without results yet. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String what) {
      super("no such run or result: " + what);
    }
  }
}
