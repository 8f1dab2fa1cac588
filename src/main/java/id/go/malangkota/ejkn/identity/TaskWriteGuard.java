package id.go.malangkota.ejkn.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Comments and attachments are writes: only someone who may work on the task (or change the application) adds,
 * edits or deletes them. Camunda 7 asks only for read access here, so the read-only auditor could annotate any task
 * and a kelurahan could comment on an agency's task. Checked by the engine's own authorization checker (the same
 * TASK_WORK check as claiming or completing), for every caller — REST, webapps, Java.
 */
@Component
public class TaskWriteGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired();
    if (post == null) {
      post = new ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }
    post.add(new Guard());
  }

  /** What a write command touches: a task or, without one, a process instance. */
  record Target(String taskId, String processInstanceId) {}

  static Target target(Command<?> command, CommandContext context) {
    if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd || command instanceof CreateAttachmentCmd) {
      return new Target(field(command, "taskId"), field(command, "processInstanceId"));
    }
    if (command instanceof DeleteTaskCommentCmd) {
      return new Target(field(command, "taskId"), null);
    }
    if (command instanceof DeleteProcessInstanceCommentCmd) {
      return new Target(null, field(command, "processInstanceId"));
    }
    if (command instanceof SaveAttachmentCmd || command instanceof DeleteAttachmentCmd) {
      String id = command instanceof SaveAttachmentCmd save ? attachmentId(save) : field(command, "attachmentId");
      AttachmentEntity a = id == null ? null
          : context.getDbEntityManager().selectById(AttachmentEntity.class, id);
      return a == null ? null : new Target(a.getTaskId(), a.getProcessInstanceId());
    }
    return null;
  }

  private static String attachmentId(SaveAttachmentCmd save) {
    Object attachment = value(save, "attachment");
    return attachment instanceof org.camunda.bpm.engine.task.Attachment a ? a.getId() : null;
  }

  private static String field(Object command, String name) {
    Object v = value(command, name);
    return v == null ? null : v.toString();
  }

  private static Object value(Object command, String name) {
    for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
      try {
        var f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(command);
      } catch (NoSuchFieldException e) {
        // look further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  static final class Guard extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null && context.isAuthorizationCheckEnabled() && context.getAuthentication() != null) {
        Target target = target(command, context);
        if (target != null) {
          check(context, target);
        }
      }
      return next.execute(command);
    }

    private static void check(CommandContext context, Target target) {
      List<CommandChecker> checkers = context.getProcessEngineConfiguration().getCommandCheckers();
      if (target.taskId() != null) {
        TaskEntity task = context.getTaskManager().findTaskById(target.taskId());
        if (task != null) {
          checkers.forEach(c -> c.checkTaskWork(task));
          return;
        }
      }
      if (target.processInstanceId() != null) {
        checkers.forEach(c -> c.checkUpdateProcessInstanceById(target.processInstanceId()));
      }
    }
  }
}
