package id.go.malangkota.ejkn.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.malangkota.ejkn.application.RegistrationVariables;
import id.go.malangkota.ejkn.application.RequestType;
import id.go.malangkota.ejkn.application.TaskFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows and nobody enters — the application's file ({{verificationSummary}}), the candidates a
 * verifier may mark ({@code candidateOptions}) and the deadline in words ({{deadlineText}}) — is worked out from the
 * register when the form is read (the form variables Tasklist loads, {@code GET /task/{id}/form-variables}), never
 * stored: no variable is written when a task is created and deleted when it is completed (issue 11, ADR 1105), and
 * the file always lists the documents uploaded so far. Every user task of every diagram gets it (a parse listener
 * around the task's form handler), so no diagram can forget it; the values are computed only when asked for.
 */
@Component
public class TaskFormValues extends AbstractProcessEnginePlugin {

  public static final String FILE = "verificationSummary";
  public static final String OPTIONS = "candidateOptions";
  public static final String DEADLINE_TEXT = "deadlineText";

  private final Supplier<List<TaskFile>> files;
  private final Supplier<VerificationService> verification;
  private final Supplier<ObjectMapper> json;
  private final TaskDeadlines deadlines;

  /** The beans are looked up when a form is first read: they depend on the engine, which is built before them. */
  @Autowired
  public TaskFormValues(ObjectProvider<TaskFile> files, ObjectProvider<VerificationService> verification,
      ObjectProvider<ObjectMapper> json, TaskDeadlines deadlines) {
    this(() -> files.orderedStream().toList(), verification::getObject, json::getObject, deadlines);
  }

  public TaskFormValues(Supplier<List<TaskFile>> files, Supplier<VerificationService> verification,
      Supplier<ObjectMapper> json, TaskDeadlines deadlines) {
    this.files = files;
    this.verification = verification;
    this.json = json;
    this.deadlines = deadlines;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.each(configuration, task -> task.setTaskFormHandler(new Showing(task.getTaskFormHandler())));
  }

  /** The values for one task, each computed when read; a value the task has none of is left out. */
  List<FormField> values(TaskEntity task) {
    List<FormField> out = new ArrayList<>();
    deadlines.text(task).ifPresent(text -> out.add(new Shown(DEADLINE_TEXT, () -> Variables.stringValue(text))));
    String number = RegistrationVariables.applicationNumber(task);
    String requestType = RegistrationVariables.requestType(task);
    if (number == null || requestType == null) {
      return out;
    }
    RequestType type = RequestType.valueOf(requestType);
    files.get().stream().filter(f -> f.supports(type)).findFirst().ifPresent(file -> out.add(new Shown(FILE,
        () -> Variables.stringValue(file.file(number, RegistrationVariables.kelurahanName(task))))));
    VerificationService candidates = verification.get();
    if (candidates.supports(type)) {
      out.add(new Shown(OPTIONS, () -> {
        try {
          return SpinValues.jsonValue(json.get().writeValueAsString(candidates.candidateOptions(number))).create();
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    return out;
  }

  /** The diagram's own form handler, with the shown values added to the task's form. */
  final class Showing implements TaskFormHandler {
    private final TaskFormHandler handler;

    Showing(TaskFormHandler handler) {
      this.handler = handler;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      TaskFormData form = handler.createTaskForm(task);
      if (form instanceof FormDataImpl data) {
        List<FormField> fields = new ArrayList<>(Optional.ofNullable(form.getFormFields()).orElse(List.of()));
        List<String> declared = fields.stream().map(FormField::getId).toList();
        values(task).stream().filter(v -> !declared.contains(v.getId())).forEach(fields::add);
        data.setFormFields(fields);
      }
      return form;
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
        ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      handler.submitFormVariables(properties, variableScope);
    }
  }

  /** A value of the form that is worked out the first time it is read. */
  static final class Shown implements FormField {
    private final String id;
    private final Supplier<TypedValue> compute;
    private TypedValue value;
    private boolean computed;

    Shown(String id, Supplier<TypedValue> compute) {
      this.id = id;
      this.compute = compute;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public String getLabel() {
      return id;
    }

    @Override
    public FormType getType() {
      return null;
    }

    @Override
    public String getTypeName() {
      return null;
    }

    @Override
    public Object getDefaultValue() {
      return null;
    }

    @Override
    public TypedValue getValue() {
      if (!computed) {
        value = compute.get();
        computed = true;
      }
      return value;
    }

    @Override
    public List<FormFieldValidationConstraint> getValidationConstraints() {
      return List.of();
    }

    @Override
    public Map<String, String> getProperties() {
      return Map.of();
    }

    @Override
    public boolean isBusinessKey() {
      return false;
    }
  }
}
