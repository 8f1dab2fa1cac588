package id.go.malangkota.ejkn.kpi;

import id.go.malangkota.ejkn.application.CandidateResult;
import java.util.Date;
import java.util.List;

/**
 * A finished application as the register and the lifecycle view show it, loaded once for everything that records it
 * ({@link OnApplicationFinished}).
 *
 * @param lifecycleInstanceId the instance that ran the shared lifecycle (the application's own, or the
 *     {@code jkn-registration} instance an urgent reactivation called)
 * @param candidates each candidate's outcome as the register holds it
 */
public record FinishedApplication(String applicationNumber, String processInstanceId, String lifecycleInstanceId,
    String requestType, String kelurahanCode, String submittedByRelation, Date startedAt, Date endedAt,
    String endActivityId, boolean cancelled, List<CandidateResult> candidates) {}
