package id.go.malangkota.ejkn.kpi;

/** Records something about an application once it has finished (called after the engine committed its end). */
public interface OnApplicationFinished {

  /** Must be idempotent: an application may be recorded again (restart, backfill). */
  void finished(FinishedApplication application);
}
