package jp.kenpokpi.app.submission;

import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionEvent;

/**
 * A step of 提出・承認 just taken, published inside the step's transaction: who needs to hear of it is decided by its
 * listeners (notices), so this package knows nothing of them.
 *
 * @param sampleData whether the step is the sample data's (sampledata/SampleDataLoader), not a person's
 */
public record SubmissionStepTaken(Submission next, SubmissionEvent event, boolean sampleData) {}
