package id.go.malangkota.ejkn.kpi;

import java.util.Date;

/**
 * A finished application as its history shows it, loaded once for everything that records it
 * ({@link OnApplicationFinished}).
 *
 * @param lifecycleInstanceId the instance that ran the shared lifecycle (the application's own, or the
 *     {@code jkn-registration} instance an urgent reactivation called)
 * @param applicationJson the last value of the {@code application} variable (JSON), or null
 * @param candidatesJson the last value of the {@code candidates} variable (JSON), or null
 */
public record FinishedApplication(String applicationNumber, String processInstanceId, String lifecycleInstanceId,
    String requestType, String kelurahanCode, String submittedByRelation, Date startedAt, Date endedAt,
    String endActivityId, boolean cancelled, String applicationJson, String candidatesJson) {}
