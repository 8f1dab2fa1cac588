package id.go.malangkota.ejkn.platform;

import id.go.malangkota.ejkn.application.CandidateAlreadyOpenException;
import id.go.malangkota.ejkn.intake.InvalidApplicationException;
import id.go.malangkota.ejkn.intake.KelurahanNotYoursException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's REST API answers a refused application start or task like our own API (ADR 1401): 400 with every
 * field's message, 403 for another kelurahan, 409 for a candidate with an open application — never a 500 (the
 * webapps' own engine API answers these as the engine does: 400, as they are {@code BadUserRequestException}s). The body
 * keeps the engine's {@code type}/{@code message} (Tasklist shows the message) and adds our {@code code} and
 * {@code errors}.
 */
public final class EngineRestErrorMapper {

  private EngineRestErrorMapper() {}

  /** The mappers to register with the engine's REST application (one per exception: Jersey picks the closest). */
  public static java.util.List<Class<?>> all() {
    return java.util.List.of(Invalid.class, Open.class, NotYours.class, Wrapped.class, WeakPassword.class,
        UnknownTask.class, DatabaseDown.class, DatabaseDownInEngine.class);
  }

  /** The database out of reach, failing before the engine began its transaction: 503 (see {@link DatabaseUnavailable}). */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class DatabaseDown implements org.glassfish.jersey.spi.ExtendedExceptionMapper<RuntimeException> {
    @Override
    public boolean isMappable(RuntimeException e) {
      return DatabaseUnavailable.causedBy(e);
    }

    @Override
    public Response toResponse(RuntimeException e) {
      return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(body(e, DatabaseUnavailable.CODE, DatabaseUnavailable.MESSAGE)).build();
    }
  }

  /** The database out of reach inside an engine command (the engine wraps it): 503 as well. */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class DatabaseDownInEngine
      implements org.glassfish.jersey.spi.ExtendedExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
    @Override
    public boolean isMappable(org.camunda.bpm.engine.ProcessEngineException e) {
      return DatabaseUnavailable.causedBy(e);
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.ProcessEngineException e) {
      return new DatabaseDown().toResponse(e);
    }
  }

  /** A password against Camunda's password policy (Admin, REST) is a 400 saying what the policy wants. */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class WeakPassword
      implements org.glassfish.jersey.spi.ExtendedExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {
    static final String MESSAGE = "Kata sandi tidak memenuhi kebijakan: minimal 10 karakter, huruf kecil, huruf besar, "
        + "angka dan simbol, dan tidak memuat nama atau id pengguna.";

    @Override
    public boolean isMappable(org.camunda.bpm.engine.ProcessEngineException e) {
      return e.getMessage() != null && e.getMessage().contains("Password does not match policy");
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.ProcessEngineException e) {
      Map<String, Object> body = body(e, "PASSWORD_POLICY", MESSAGE);
      body.put("errors", java.util.List.of(Map.of("field", "credentials.password", "message", MESSAGE)));
      return respond(400, body);
    }
  }

  /**
   * A comment or attachment on a task the caller cannot see (another kelurahan's, say): the engine's REST resource
   * answers 400 "No task found"; for that caller the task does not exist, so it is a 404 like reading it.
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class UnknownTask
      implements org.glassfish.jersey.spi.ExtendedExceptionMapper<org.camunda.bpm.engine.rest.exception.InvalidRequestException> {
    static final String MESSAGE = "Tugas tidak ditemukan, atau Anda tidak berwenang melihatnya.";

    @Override
    public boolean isMappable(org.camunda.bpm.engine.rest.exception.InvalidRequestException e) {
      return e.getStatus() == Response.Status.BAD_REQUEST && e.getMessage() != null
          && e.getMessage().startsWith("No task found for task id");
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.rest.exception.InvalidRequestException e) {
      return respond(404, body(e, "TASK_NOT_FOUND", MESSAGE));
    }
  }

  /**
   * The engine's REST resources wrap a refusal thrown while starting or completing into a {@code RestException} with
   * status 500 ("Cannot instantiate process definition …"). Ours are unwrapped and answered like our own API.
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class Wrapped implements org.glassfish.jersey.spi.ExtendedExceptionMapper<org.camunda.bpm.engine.rest.exception.RestException> {
    @Override
    public boolean isMappable(org.camunda.bpm.engine.rest.exception.RestException e) {
      return ours(e) != null || DatabaseUnavailable.causedBy(e);
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.rest.exception.RestException e) {
      Throwable cause = ours(e);
      if (cause == null) {
        return new DatabaseDown().toResponse(e);
      }
      if (cause instanceof InvalidApplicationException invalid) {
        return new Invalid().toResponse(invalid);
      }
      if (cause instanceof CandidateAlreadyOpenException open) {
        return new Open().toResponse(open);
      }
      if (cause instanceof org.camunda.bpm.engine.AuthorizationException denied) {
        // e.g. a comment without the right to work on the task: the engine's REST resource answers any engine
        // exception there as 400 "Not enough parameters submitted"
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("code", "NOT_ALLOWED");
        body.put("message", denied.getMessage());
        return respond(403, body);
      }
      return new NotYours().toResponse((KelurahanNotYoursException) cause);
    }

    static Throwable ours(Throwable e) {
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof InvalidApplicationException || t instanceof CandidateAlreadyOpenException
            || t instanceof KelurahanNotYoursException || t instanceof org.camunda.bpm.engine.AuthorizationException) {
          return t;
        }
      }
      return null;
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<InvalidApplicationException> {
    @Override
    public Response toResponse(InvalidApplicationException e) {
      // the start form shows this message to the officer: the fields by their labels on the form, not JSON paths
      Map<String, Object> body = body(e, "VALIDATION_FAILED",
          "Permohonan belum dapat disimpan. " + id.go.malangkota.ejkn.intake.FieldLabels.describe(e.errors()));
      body.put("errors", e.errors().stream().map(f -> {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", f.field());
        error.put("label", id.go.malangkota.ejkn.intake.FieldLabels.of(f.field()));
        error.put("message", f.message());
        return error;
      }).toList());
      return respond(400, body);
    }
  }

  @Provider
  public static class Open implements ExceptionMapper<CandidateAlreadyOpenException> {
    @Override
    public Response toResponse(CandidateAlreadyOpenException e) {
      Map<String, Object> body = body(e, "CANDIDATE_HAS_OPEN_APPLICATION", e.getMessage());
      body.put("openApplication", e.openApplication());
      return respond(409, body);
    }
  }

  @Provider
  public static class NotYours implements ExceptionMapper<KelurahanNotYoursException> {
    @Override
    public Response toResponse(KelurahanNotYoursException e) {
      return respond(403, body(e, KelurahanNotYoursException.CODE, KelurahanNotYoursException.MESSAGE));
    }
  }

  static Map<String, Object> body(Exception e, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.getClass().getSimpleName());
    body.put("code", code);
    body.put("message", message);
    return body;
  }

  static Response respond(int status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
