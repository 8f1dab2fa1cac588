package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.malangkota.ejkn.application.ApplicationRegister;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.Journey;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A document uploaded while a task of the same application is being created: before, the task's transaction read the
 * documents before the upload committed and the upload's refresh ran before the task was committed, so the verifier's
 * file said "belum ada" documents for good (seen on PostgreSQL as a flaky RegistrationJourneyIT). Now the two wait for
 * each other on the application's register row.
 */
@EjknIntegrationTest
class DocumentWhileATaskIsCreatedIT {

  @Autowired Journey journey;
  @Autowired ApplicationRegister register;
  @Autowired PlatformTransactionManager transactions;

  @Test
  @SuppressWarnings("unchecked")
  void anUploadWaitsForATaskFileBeingWrittenAndTheTaskThenListsTheDocument() throws Exception {
    Journey.Filed filed = journey.file("pandanwangi", TestFamilies.twoMemberFamily("35.73.01.1006"));
    Map<String, Object> civil = journey.awaitTask("dispendukcapil", filed.pid(), "verifyCivilRegistry");

    // a task's file being written: the transaction that creates it holds the application's row
    CountDownLatch held = new CountDownLatch(1);
    CompletableFuture<Long> committed = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
        .execute(t -> {
          register.holdForDocuments(filed.number());
          held.countDown();
          sleep(1500);
          return System.nanoTime();
        }));
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

    ResponseEntity<Map> uploaded = journey.upload("pandanwangi", filed.number(), "KK", "kk-bersamaan.pdf");
    long answered = System.nanoTime();

    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(answered).as("the upload answered only after the task's transaction ended")
        .isGreaterThan(committed.get(10, TimeUnit.SECONDS));
    assertThat(journey.variable("dispendukcapil", civil, "verificationSummary")).contains("kk-bersamaan.pdf");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
