package id.go.malangkota.ejkn.application;

import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The registration of a request at the start of its processes (ADR 1401): run by the engine as a built-in start
 * listener ({@link RegistrationAtStart}), for every instance however it is started, so that no request exists without
 * having been validated, numbered and recorded.
 */
public interface StartRegistration extends ExecutionListener {

  /** The keys of the processes a request of this kind starts with. */
  Set<String> processes();
}
