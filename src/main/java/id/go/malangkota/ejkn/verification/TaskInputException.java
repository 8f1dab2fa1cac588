package id.go.malangkota.ejkn.verification;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What an officer submitted in a task form cannot be taken (e.g. an FKTP missing for a candidate): the task stays
 * open, nothing changes, and the engine's REST API answers 400 with this message for Tasklist to show.
 */
public class TaskInputException extends BadUserRequestException {

  public TaskInputException(String message) {
    super(message);
  }
}
