package id.go.malangkota.ejkn.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.malangkota.ejkn.intake.TestFamilies;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The three verifiers of an application finish at the same moment, through the engine REST as the real users: each
 * gets its normal answer (204), never a 500 from the join's optimistic lock, and the application goes on once.
 */
@EjknIntegrationTest
class ParallelVerificationIT {

  static final Map<String, String[]> VERIFICATIONS = Map.of(
      "verifyCivilRegistry", new String[] {"dispendukcapil", "civilRegistryDecision"},
      "verifyWelfare", new String[] {"dinsos", "welfareDecision"},
      "verifyEmployment", new String[] {"disnaker", "employmentDecision"});

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;

  @Test
  void verifiersFinishingTogetherAllGetTheirAnswerAndTheApplicationGoesOnOnce() throws Exception {
    int applications = 8;
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      ResponseEntity<Map> created = rest.withBasicAuth("pandanwangi", "demo").postForEntity("/api/applications",
          TestFamilies.twoMemberFamily("35.73.01.1006"), Map.class);
      assertThat(created.getStatusCode().value()).isEqualTo(201);
      instances.add(created.getBody().get("processInstanceId").toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Integer> answers = new ArrayList<>();
    try {
      for (String pid : instances) {
        List<Task> open = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
            .until(() -> taskService.createTaskQuery().processInstanceId(pid).list(), l -> l.size() == 3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (Task t : open) {
          String[] who = VERIFICATIONS.get(t.getTaskDefinitionKey());
          calls.add(pool.submit(() -> {
            go.await();
            return rest.withBasicAuth(who[0], "demo").postForEntity("/engine-rest/task/" + t.getId() + "/complete",
                Map.of("variables", Map.of(who[1], Map.of("value", "APPROVE", "type", "String"))), String.class)
                .getStatusCode().value();
          }));
        }
        go.countDown();
        for (Future<Integer> f : calls) {
          answers.add(f.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answers).hasSize(3 * applications).containsOnly(204);
    for (String pid : instances) {
      List<Task> next = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
          .until(() -> taskService.createTaskQuery().processInstanceId(pid).list(), l -> !l.isEmpty());
      assertThat(next).extracting(Task::getTaskDefinitionKey).containsExactly("assignFktp");
    }
  }
}
