package id.go.malangkota.ejkn.sop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * The SOPs of the services on offer, read at request time from the latest deployed version of every process and
 * of the decision tables: a new process or version shows up without a code change.
 *
 * <p>Which services a process offers: the request types named in its process property {@code requestTypes}
 * (Camunda Modeler: process → Extension properties, e.g. {@code NEW,SWITCH_FROM_MANDIRI}); otherwise the request
 * types known for its key; otherwise one service, the process itself.
 */
@Service
public class SopCatalog {

  /** Request types of the processes whose diagrams do not declare them (yet). */
  static final Map<String, List<String>> DEFAULT_REQUEST_TYPES = Map.of(
      "jkn-registration", List.of("NEW", "SWITCH_FROM_MANDIRI", "URGENT_REACTIVATION"),
      "jkn-deactivation", List.of("DEACTIVATION"));
  public static final String REQUEST_TYPES_PROPERTY = "requestTypes";

  private final RepositoryService repository;
  private final SopDecisions decisions;
  private final Map<String, Sop> cache = new ConcurrentHashMap<>();

  public SopCatalog(RepositoryService repository, SopDecisions decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  /** The latest version of every process, active ones only, by name. */
  public List<ProcessDefinition> processes() {
    return repository.createProcessDefinitionQuery().latestVersion().active().list().stream()
        .sorted(Comparator.comparing((ProcessDefinition d) -> d.getName() == null ? d.getKey() : d.getName()))
        .toList();
  }

  public Optional<ProcessDefinition> process(String key) {
    return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult());
  }

  /** Every service on offer, the known ones first in their usual order. */
  public List<ServiceOffer> services() {
    List<ServiceOffer> all = new ArrayList<>();
    for (ProcessDefinition d : processes()) {
      all.addAll(services(d));
    }
    all.sort(Comparator.comparingInt(ServiceOffer::sortKey).thenComparing(ServiceOffer::title));
    return all;
  }

  public List<ServiceOffer> services(ProcessDefinition definition) {
    List<String> types = requestTypes(definition);
    String name = definition.getName() == null ? definition.getKey() : definition.getName();
    if (types.isEmpty()) {
      return List.of(ServiceOffer.of(definition.getKey(), name, null));
    }
    return types.stream().map(t -> ServiceOffer.of(definition.getKey(), name, t)).toList();
  }

  List<String> requestTypes(ProcessDefinition definition) {
    Process process = model(definition).getModelElementById(definition.getKey());
    if (process != null && process.getExtensionElements() != null) {
      for (CamundaProperties properties : process.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty p : properties.getCamundaProperties()) {
          if (REQUEST_TYPES_PROPERTY.equals(p.getCamundaName()) && p.getCamundaValue() != null) {
            return List.of(p.getCamundaValue().split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList();
          }
        }
      }
    }
    List<String> known = DEFAULT_REQUEST_TYPES.get(definition.getKey());
    if (known != null) {
      return known;
    }
    String key = definition.getKey().toLowerCase();
    return key.contains("deactivation") || key.contains("penonaktifan") ? List.of("DEACTIVATION") : List.of();
  }

  /**
   * The service named by an address: a service slug ({@code pendaftaran-baru}) or a process key, with an optional
   * request type ({@code ?layanan=URGENT_REACTIVATION}). A process key alone that serves several services gives
   * empty: the caller lists them.
   */
  public Optional<ServiceOffer> resolve(String slugOrKey, String requestType) {
    List<ServiceOffer> all = services();
    if (requestType != null && !requestType.isBlank()) {
      return all.stream().filter(s -> s.processKey().equals(slugOrKey) || s.slug().equals(slugOrKey))
          .filter(s -> requestType.equalsIgnoreCase(s.requestType()) || requestType.equalsIgnoreCase(s.slug()))
          .findFirst();
    }
    Optional<ServiceOffer> bySlug = all.stream().filter(s -> s.slug().equals(slugOrKey)).findFirst();
    if (bySlug.isPresent()) {
      return bySlug;
    }
    List<ServiceOffer> ofProcess = all.stream().filter(s -> s.processKey().equals(slugOrKey)).toList();
    return ofProcess.size() == 1 ? Optional.of(ofProcess.get(0)) : Optional.empty();
  }

  public List<ServiceOffer> servicesOf(String processKey) {
    return services().stream().filter(s -> s.processKey().equals(processKey)).toList();
  }

  public Sop sop(ServiceOffer service) {
    ProcessDefinition definition = process(service.processKey()).orElseThrow();
    String cacheKey = definition.getId() + "|" + decisions.versions() + "|" + service.requestType();
    Sop cached = cache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    List<ServiceOffer> others = servicesOf(service.processKey()).stream().filter(s -> !s.equals(service)).toList();
    Sop sop = new SopBuilder(decisions).build(SopFlow.of(model(definition), definition.getKey()), definition.getVersion(),
        definition.getVersionTag(), deployment == null ? null : deployment.getDeploymentTime(), service, others);
    if (cache.size() > 200) {
      cache.clear();
    }
    cache.put(cacheKey, sop);
    return sop;
  }

  public String diagramXml(String processKey) {
    ProcessDefinition definition = process(processKey).orElseThrow();
    try (var in = repository.getProcessModel(definition.getId())) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BpmnModelInstance model(ProcessDefinition definition) {
    return repository.getBpmnModelInstance(definition.getId());
  }
}
