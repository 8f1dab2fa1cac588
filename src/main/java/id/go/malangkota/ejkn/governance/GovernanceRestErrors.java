package id.go.malangkota.ejkn.governance;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the engine's REST API answers the governance refusals (ADR 1501): 403 with a pointer to the proposal
 * endpoint for a reserved command; 400 with every finding for a model the gate refused.
 */
public final class GovernanceRestErrors {

  private GovernanceRestErrors() {}

  public static List<Class<?>> all() {
    return List.of(Reserved.class, Refused.class);
  }

  @Provider
  public static class Reserved implements ExceptionMapper<EngineRightRefusedException> {
    @Override
    public Response toResponse(EngineRightRefusedException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "AuthorizationException");
      body.put("code", EngineRightRefusedException.CODE);
      body.put("message", e.getMessage());
      body.put("proposalEndpoint", "/api/sop-proposals");
      return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }

  @Provider
  public static class Refused implements ExceptionMapper<ModelRefusedException> {
    @Override
    public Response toResponse(ModelRefusedException e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "ModelRefusedException");
      body.put("code", ModelRefusedException.CODE);
      body.put("message", "Model ditolak oleh pemeriksaan keamanan; lihat daftar temuan.");
      body.put("findings", e.findings());
      return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
