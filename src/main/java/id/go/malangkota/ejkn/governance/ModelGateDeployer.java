package id.go.malangkota.ejkn.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The model gate as the engine's first deployer: every deployment — the classpath deployment at start-up, the
 * engine REST API, {@code RepositoryService} in any caller's name, a redeployment, and a deployment loaded back
 * into the cache — passes {@link ModelGate} before any BPMN/DMN/form deployer parses it. A refusal throws, so the
 * deploying transaction rolls back and nothing is stored.
 */
public class ModelGateDeployer implements Deployer {

  private final Supplier<Set<String>> delegates;

  public ModelGateDeployer(Supplier<Set<String>> delegates) {
    this.delegates = delegates;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    List<Finding> findings = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      findings.addAll(ModelGate.check(resource.getName(), resource.getBytes() == null ? new byte[0] : resource.getBytes(),
          delegates.get()));
    }
    if (!findings.isEmpty()) {
      throw new ModelRefusedException(findings);
    }
  }
}
