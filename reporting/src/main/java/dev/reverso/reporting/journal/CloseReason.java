package dev.reverso.reporting.journal;

/** Why a mentoring pair ended; the free text beside it (if any) is private. */
public enum CloseReason {
  /** The pair ran its planned course. */
  COMPLETED,
  /** The mentor left the programme or the organisation. */
  MENTOR_LEFT,
  /** The mentee left the programme or the organisation. */
  MENTEE_LEFT,
  /** The two did not work well together. */
  MISMATCH,
  /** Any other reason; the note may say more. */
  OTHER
}
